<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MetricRow</name>
    <message numerus="yes">
        <source>%n logged as moments</source>
        <translation>
            <numerusform>%n logged as a moment</numerusform>
            <numerusform>%n logged as moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message numerus="yes">
        <source>One of them stayed the same on all %n days with both recorded, so there is nothing to compare.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen on %n days with both recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spearman&apos;s ρ = %1 over %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n saved.</source>
        <translation>
            <numerusform>%n saved.</numerusform>
            <numerusform>%n saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultImporter</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Daylio entry(s)</source>
        <translation>
            <numerusform>%n Daylio entry</numerusform>
            <numerusform>%n Daylio entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in day(s)</source>
        <translation>
            <numerusform>%n check-in day</numerusform>
            <numerusform>%n check-in days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine day(s)</source>
        <translation>
            <numerusform>%n routine day</numerusform>
            <numerusform>%n routine days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan item(s) or contact(s)</source>
        <translation>
            <numerusform>%n safety plan item or contact</numerusform>
            <numerusform>%n safety plan items and contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
