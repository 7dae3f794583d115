<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Attachments</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checkup</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions about %1</source>
        <translation>
            <numerusform>%n question about %1</numerusform>
            <numerusform>%n questions about %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions (their time, in the form&apos;s own words: “%1”)</source>
        <translation>
            <numerusform>%n question (its time, in the form&apos;s own words: “%1”)</numerusform>
            <numerusform>%n questions (their time, in the form&apos;s own words: “%1”)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No total this time: %n questions were skipped</source>
        <translation>
            <numerusform>No total this time: %n question was skipped</numerusform>
            <numerusform>No total this time: %n questions were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points lower than last time (%1).</source>
        <translation>
            <numerusform>%n point lower than last time (%1).</numerusform>
            <numerusform>%n points lower than last time (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points higher than last time (%1).</source>
        <translation>
            <numerusform>%n point higher than last time (%1).</numerusform>
            <numerusform>%n points higher than last time (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>should list from 1 to %n questions.</source>
        <translation>
            <numerusform>should list 1 question.</numerusform>
            <numerusform>should list from 1 to %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckupSettings</name>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n check-in days</source>
        <translation>
            <numerusform>%n check-in day</numerusform>
            <numerusform>%n check-in days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine days</source>
        <translation>
            <numerusform>%n routine day</numerusform>
            <numerusform>%n routine days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plan items and contacts</source>
        <translation>
            <numerusform>%n safety plan item or contact</numerusform>
            <numerusform>%n safety plan items and contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metrics</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settings</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ups</source>
        <translation>
            <numerusform>%n check-up</numerusform>
            <numerusform>%n check-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-up forms</source>
        <translation>
            <numerusform>%n check-up form</numerusform>
            <numerusform>%n check-up forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Daylio rows</source>
        <translation>
            <numerusform>%n Daylio row</numerusform>
            <numerusform>%n Daylio rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the last unlock there were %n tries with a wrong PIN or passphrase, the latest at %1.</source>
        <translation>
            <numerusform>Since the last unlock there was %n try with a wrong PIN or passphrase, at %1.</numerusform>
            <numerusform>Since the last unlock there were %n tries with a wrong PIN or passphrase, the latest at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all.</source>
        <translation>
            <numerusform>%n file, %1 in all.</numerusform>
            <numerusform>%n files, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %1 with %n file(s) exactly as they came in, and manifest.csv, manifest.json and SHA256SUMS to check them (sha256sum -c SHA256SUMS). It is not encrypted.</source>
        <translation>
            <numerusform>Made %1 with %n file exactly as it came in, and manifest.csv, manifest.json and SHA256SUMS to check it (sha256sum -c SHA256SUMS). It is not encrypted.</numerusform>
            <numerusform>Made %1 with %n files exactly as they came in, and manifest.csv, manifest.json and SHA256SUMS to check them (sha256sum -c SHA256SUMS). It is not encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files no longer match their SHA-256.</source>
        <translation>
            <numerusform>%1 of %n file no longer matches its SHA-256.</numerusform>
            <numerusform>%1 of %n files no longer match their SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n files match the SHA-256 they had when they came in.</source>
        <translation>
            <numerusform>The file matches the SHA-256 it had when it came in.</numerusform>
            <numerusform>All %n files match the SHA-256 they had when they came in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n questions, and more answers than that were given (%2). Nothing was saved.</source>
        <translation>
            <numerusform>The %1 has %n question, and more answers than that were given (%2). Nothing was saved.</numerusform>
            <numerusform>The %1 has %n questions, and more answers than that were given (%2). Nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine items done</source>
        <translation>
            <numerusform>%n routine item done</numerusform>
            <numerusform>%n routine items done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: recorded on %2 of %n days from %3 to %4.</source>
        <translation>
            <numerusform>%1: recorded on %2 of %n day from %3 to %4.</numerusform>
            <numerusform>%1: recorded on %2 of %n days from %3 to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n days</source>
        <comment>a number of days inside a longer sentence, e.g. “on 3 of 30 days”</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>The demo can write up to %n entries (asked for %1).</source>
        <translation>
            <numerusform>The demo can write up to %n entry (asked for %1).</numerusform>
            <numerusform>The demo can write up to %n entries (asked for %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSection</name>
    <message numerus="yes">
        <source>%n moods still to decide.</source>
        <translation>
            <numerusform>%n mood still to decide.</numerusform>
            <numerusform>%n moods still to decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalEditorView</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
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
    <name>MomentsSection</name>
    <message numerus="yes">
        <source>%n moments logged · show</source>
        <translation>
            <numerusform>%n moment logged · show</numerusform>
            <numerusform>%n moments logged · show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnThisDayCard</name>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodReview</name>
    <message numerus="yes">
        <source>recorded on %1 of %n days</source>
        <translation>
            <numerusform>recorded on %1 of %n day</numerusform>
            <numerusform>recorded on %1 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2%3 on average in the earlier period (%4 of %n days); not recorded in this one</source>
        <translation>
            <numerusform>%1: %2%3 on average in the earlier period (%4 of %n day); not recorded in this one</numerusform>
            <numerusform>%1: %2%3 on average in the earlier period (%4 of %n days); not recorded in this one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditorPane</name>
    <message numerus="yes">
        <source>%1; changed %n times, last on %2</source>
        <translation>
            <numerusform>%1; changed once, last on %2</numerusform>
            <numerusform>%1; changed %n times, last on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message numerus="yes">
        <source>The %n originals are still where they were. You can leave them there, or delete them now that %1 keeps copies.</source>
        <translation>
            <numerusform>The original is still where it was. You can leave it there, or delete it now that %1 keeps a copy.</numerusform>
            <numerusform>The %n originals are still where they were. You can leave them there, or delete them now that %1 keeps copies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordRow</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPdf</name>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n times: %1.</source>
        <translation>
            <numerusform>Changed %n time: %1.</numerusform>
            <numerusform>Changed %n times: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsSharePane</name>
    <message numerus="yes">
        <source>%n records ticked.</source>
        <translation>
            <numerusform>%n record ticked.</numerusform>
            <numerusform>%n records ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodeStep</name>
    <message numerus="yes">
        <source>Recovery code, in %n groups</source>
        <translation>
            <numerusform>Recovery code, in %n group</numerusform>
            <numerusform>Recovery code, in %n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message numerus="yes">
        <source>One of them stayed the same on all %n days with both recorded, so there is nothing to compare.</source>
        <translation>
            <numerusform>There is only %n day with both recorded, so there is nothing to compare.</numerusform>
            <numerusform>One of them stayed the same on all %n days with both recorded, so there is nothing to compare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen on %n days with both recorded.</source>
        <translation>
            <numerusform>Seen on %n day with both recorded.</numerusform>
            <numerusform>Seen on %n days with both recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spearman&apos;s ρ = %1 over %n days</source>
        <translation>
            <numerusform>Spearman&apos;s ρ = %1 over %n day</numerusform>
            <numerusform>Spearman&apos;s ρ = %1 over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough days yet: %1 of the %n days with both recorded that are needed.</source>
        <translation>
            <numerusform>Not enough days yet: %1 of the %n day with both recorded that is needed.</numerusform>
            <numerusform>Not enough days yet: %1 of the %n days with both recorded that are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These move together; that does not mean one causes the other. Shown only with at least %n days on which both were recorded.</source>
        <translation>
            <numerusform>These move together; that does not mean one causes the other. Shown only with at least %n day on which both were recorded.</numerusform>
            <numerusform>These move together; that does not mean one causes the other. Shown only with at least %n days on which both were recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPlanPdf</name>
    <message numerus="yes">
        <source>(%n more in the app)</source>
        <translation>
            <numerusform>(%n more in the app)</numerusform>
            <numerusform>(%n more in the app)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message numerus="yes">
        <source>The past %n months</source>
        <translation>
            <numerusform>The past month</numerusform>
            <numerusform>The past %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n entries found</source>
        <translation>
            <numerusform>Showing the first %n entry found</numerusform>
            <numerusform>Showing the first %n entries found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes on %n days</source>
        <translation>
            <numerusform>yes on %n day</numerusform>
            <numerusform>yes on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken %n times in this period</source>
        <translation>
            <numerusform>taken %n time in this period</numerusform>
            <numerusform>taken %n times in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the %n days before, from %1 to %2.</source>
        <translation>
            <numerusform>Compared with the %n day before, from %1 to %2.</numerusform>
            <numerusform>Compared with the %n days before, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n days)</source>
        <translation>
            <numerusform>From %1 to %2 (%n day)</numerusform>
            <numerusform>From %1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recorded on %1 of %n days</source>
        <translation>
            <numerusform>recorded on %1 of %n day</numerusform>
            <numerusform>recorded on %1 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins on %1 of %n days in this period.</source>
        <translation>
            <numerusform>Check-ins on %1 of %n day in this period.</numerusform>
            <numerusform>Check-ins on %1 of %n days in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done on %2 of %n days</source>
        <translation>
            <numerusform>%1: done on %2 of %n day</numerusform>
            <numerusform>%1: done on %2 of %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryEntryPicker</name>
    <message numerus="yes">
        <source>%n entries ticked.</source>
        <translation>
            <numerusform>%n entry ticked.</numerusform>
            <numerusform>%n entries ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryRecordPicker</name>
    <message numerus="yes">
        <source>%n records ticked. Their files stay in %1.</source>
        <translation>
            <numerusform>%n record ticked. Its files stay in %1.</numerusform>
            <numerusform>%n records ticked. Their files stay in %1.</numerusform>
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
    <name>TrendChart</name>
    <message numerus="yes">
        <source>over the last %n days</source>
        <translation>
            <numerusform>over the last day</numerusform>
            <numerusform>over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: recorded on %3 of %n days. Average %4, lowest %5, highest %6.</source>
        <translation>
            <numerusform>%1 %2: recorded on %3 of %n day. Average %4, lowest %5, highest %6.</numerusform>
            <numerusform>%1 %2: recorded on %3 of %n days. Average %4, lowest %5, highest %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have a title or a note and become journal entries.</source>
        <translation>
            <numerusform>%n has a title or a note and becomes a journal entry.</numerusform>
            <numerusform>%n have a title or a note and become journal entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatHelps</name>
    <message numerus="yes">
        <source>“%1” and %2: not enough days yet (%n with it, %3 without; %4 of each are needed).</source>
        <translation>
            <numerusform>“%1” and %2: not enough days yet (%n with it, %3 without; %4 of each are needed).</numerusform>
            <numerusform>“%1” and %2: not enough days yet (%n with it, %3 without; %4 of each are needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries tagged “%1” and %2: not enough days yet (%n with the tag, %3 without; %4 of each are needed).</source>
        <translation>
            <numerusform>Entries tagged “%1” and %2: not enough days yet (%n with the tag, %3 without; %4 of each are needed).</numerusform>
            <numerusform>Entries tagged “%1” and %2: not enough days yet (%n with the tag, %3 without; %4 of each are needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These are averages of days, and they do not mean one causes the other: a walk may simply be easier on better days. Shown only with at least %n recorded days with it and %n without.</source>
        <translation>
            <numerusform>These are averages of days, and they do not mean one causes the other: a walk may simply be easier on better days. Shown only with at least %n recorded day with it and %n without.</numerusform>
            <numerusform>These are averages of days, and they do not mean one causes the other: a walk may simply be easier on better days. Shown only with at least %n recorded days with it and %n without.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::AdherenceModel</name>
    <message numerus="yes">
        <source>%1: done on %2 of %n days</source>
        <translation>
            <numerusform>%1: done on %2 of %n day</numerusform>
            <numerusform>%1: done on %2 of %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::AttachmentListModel</name>
    <message numerus="yes">
        <source>Added %n files. They are kept encrypted inside %1.</source>
        <translation>
            <numerusform>Added %n file. It is kept encrypted inside %1.</numerusform>
            <numerusform>Added %n files. They are kept encrypted inside %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::RecordsPdfMaker</name>
    <message numerus="yes">
        <source>Made the folder %1 with %n files exactly as they came in, and a list of their SHA-256 to check them. It is not encrypted.</source>
        <translation>
            <numerusform>Made the folder %1 with %n file exactly as it came in, and a list of its SHA-256 to check it. It is not encrypted.</numerusform>
            <numerusform>Made the folder %1 with %n files exactly as they came in, and a list of their SHA-256 to check them. It is not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::SummaryMaker</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::TrendCalendarModel</name>
    <message numerus="yes">
        <source>%1 in %2: recorded on %3 of %n days. Monthly averages: %4.</source>
        <translation>
            <numerusform>%1 in %2: recorded on %3 of %n day. Monthly averages: %4.</numerusform>
            <numerusform>%1 in %2: recorded on %3 of %n days. Monthly averages: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tideline::app::WhatHelpsModel</name>
    <message numerus="yes">
        <source>%n more routines and tags in this range do not have enough days yet, with them and without.</source>
        <translation>
            <numerusform>%n more routine or tag in this range does not have enough days yet, with it and without.</numerusform>
            <numerusform>%n more routines and tags in this range do not have enough days yet, with them and without.</numerusform>
        </translation>
    </message>
</context>
</TS>
