import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline
import Tideline.App

// Privacy and appearance preferences, changing the PIN/passphrase, exports and backups, and
// About (versions, where the data lives, licences).
Flickable {
    id: page

    // "Open check-ups": the home shows the check-ups page.
    signal checkupsRequested()

    contentHeight: column.implicitHeight + 2 * Theme.spaceXl
    contentWidth: width // vertical only: children size themselves to the window, never wider
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceL
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        id: column
        x: Theme.spaceXl
        y: Theme.spaceXl
        width: Math.min(page.width - 2 * Theme.spaceXl, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        SectionTitle { text: qsTr("Language"); Layout.topMargin: 0 }
        GridLayout { // the choice goes under its words on a narrow window
            Layout.fillWidth: true
            columns: width < 480 ? 1 : 2
            columnSpacing: Theme.spaceM
            rowSpacing: Theme.spaceXs
            BodyText { Layout.fillWidth: true; text: qsTr("Words, dates and numbers in") }
            ChoiceBox {
                objectName: "languageChoice"
                Layout.fillWidth: true
                Layout.maximumWidth: Math.max(200 * Theme.fontScale, implicitWidth) // its longest choice whole
                model: AppSettings.languageNames
                currentIndex: AppSettings.languages.indexOf(AppSettings.languageInUse)
                Accessible.name: qsTr("Language")
                onActivated: (index) => AppSettings.language = AppSettings.languages[index]
            }
        }

        SectionTitle { text: qsTr("Privacy") }
        GridLayout { // the choice goes under its words on a narrow window
            Layout.fillWidth: true
            columns: width < 480 ? 1 : 2
            columnSpacing: Theme.spaceM
            rowSpacing: Theme.spaceXs
            BodyText { Layout.fillWidth: true; text: qsTr("Lock by itself after") }
            ChoiceBox {
                objectName: "autoLockChoice"
                Layout.fillWidth: true
                Layout.maximumWidth: Math.max(200 * Theme.fontScale, implicitWidth) // its longest choice whole
                model: AppSettings.autoLockChoices
                labelFor: (minutes) => minutes === 1 ? qsTr("1 minute") : qsTr("%n minutes", "", minutes)
                displayText: labelFor(AppSettings.autoLockMinutes)
                currentIndex: AppSettings.autoLockChoices.indexOf(AppSettings.autoLockMinutes)
                Accessible.name: qsTr("Lock by itself after this many minutes without use")
                onActivated: (index) => AppSettings.autoLockMinutes = AppSettings.autoLockChoices[index]
            }
        }
        SettingSwitch {
            Layout.fillWidth: true
            text: qsTr("Cover %1 when it is in the background").arg(AppSettings.appName)
            checked: AppSettings.coverWhenInactive
            Accessible.name: text
            onToggled: AppSettings.coverWhenInactive = checked
        }
        SettingSwitch {
            Layout.fillWidth: true
            text: qsTr("Lock when the window is minimised")
            checked: AppSettings.lockWhenMinimized
            Accessible.name: text
            onToggled: AppSettings.lockWhenMinimized = checked
        }
        SettingSwitch {
            objectName: "neutralModeSwitch"
            Layout.fillWidth: true
            text: qsTr("Neutral mode: call the app “%1” everywhere it shows its name, from the window title to "
                       + "saved PDFs").arg(AppSettings.neutralName)
            checked: AppSettings.neutralMode
            Accessible.name: qsTr("Neutral mode")
            Accessible.description: text
            onToggled: AppSettings.neutralMode = checked
        }
        BodyText {
            objectName: "menuEntryProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            muted: true
            text: DesktopIdentity.menuEntryProblem
        }

        SectionTitle { text: qsTr("Support numbers") }
        GridLayout { // the choice goes under its words on a narrow window
            Layout.fillWidth: true
            columns: width < 480 ? 1 : 2
            columnSpacing: Theme.spaceM
            rowSpacing: Theme.spaceXs
            BodyText { Layout.fillWidth: true; text: qsTr("Show the support lines for") }
            ChoiceBox {
                objectName: "settingsRegionChoice"
                Layout.fillWidth: true
                Layout.maximumWidth: Math.max(200 * Theme.fontScale, implicitWidth) // its longest choice whole
                model: supportRegion.regionNames
                currentIndex: supportRegion.regionIndex
                Accessible.name: qsTr("Region for support numbers")
                onActivated: (index) => supportRegion.chooseRegion(index)
                CrisisResourceModel { id: supportRegion; personal: true }
            }
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Kept encrypted, with your own numbers on the Safety page. The lock screen shows "
                       + "the general list only.")
        }

        SectionTitle { text: qsTr("Appearance") }
        GridLayout { // the choice goes under its words on a narrow window
            Layout.fillWidth: true
            columns: width < 480 ? 1 : 2
            columnSpacing: Theme.spaceM
            rowSpacing: Theme.spaceXs
            BodyText { Layout.fillWidth: true; text: qsTr("Colours") }
            ChoiceBox {
                objectName: "themeChoice"
                Layout.fillWidth: true
                Layout.maximumWidth: Math.max(200 * Theme.fontScale, implicitWidth) // its longest choice whole
                model: [qsTr("Like the system"), qsTr("Light"), qsTr("Dark")]
                currentIndex: AppSettings.theme
                Accessible.name: qsTr("Colours")
                onActivated: (index) => AppSettings.theme = index
            }
        }
        GridLayout { // the choice goes under its words on a narrow window
            Layout.fillWidth: true
            columns: width < 480 ? 1 : 2
            columnSpacing: Theme.spaceM
            rowSpacing: Theme.spaceXs
            BodyText { Layout.fillWidth: true; text: qsTr("Text size") }
            ChoiceBox {
                objectName: "textScaleChoice"
                Layout.fillWidth: true
                Layout.maximumWidth: Math.max(200 * Theme.fontScale, implicitWidth) // its longest choice whole
                model: AppSettings.textScaleChoices
                labelFor: (percent) => percent === 100 ? qsTr("%1% (usual)").arg(percent) : qsTr("%1%").arg(percent)
                displayText: labelFor(AppSettings.textScale)
                currentIndex: AppSettings.textScaleChoices.indexOf(AppSettings.textScale)
                Accessible.name: qsTr("Text size, in percent of the usual size")
                onActivated: (index) => AppSettings.textScale = AppSettings.textScaleChoices[index]
            }
        }
        SettingSwitch {
            Layout.fillWidth: true
            text: qsTr("Reduce motion")
            checked: AppSettings.reduceMotion
            Accessible.name: text
            onToggled: AppSettings.reduceMotion = checked
        }

        SectionTitle { text: qsTr("Today") }
        TodaySettingsEntry { Layout.fillWidth: true }
        SettingSwitch {
            objectName: "reviewOfferSwitch"
            Layout.fillWidth: true
            text: qsTr("Offer a look back at the month just gone, once a month")
            checked: reviewOffer.enabled
            Accessible.name: text
            onToggled: reviewOffer.enabled = checked
            ReviewOffer { id: reviewOffer }
        }

        SectionTitle { text: qsTr("Check-ups") }
        CheckupSettings { objectName: "checkupSettings"; Layout.fillWidth: true }
        TextLink {
            objectName: "settingsOpenCheckups"
            Layout.maximumWidth: parent.width // wraps rather than widen the page
            text: qsTr("Open check-ups")
            Accessible.name: qsTr("Open check-ups to take one now")
            onClicked: page.checkupsRequested()
        }

        SectionTitle { text: qsTr("Journal") }
        SettingSwitch {
            objectName: "onThisDaySwitch"
            Layout.fillWidth: true
            text: qsTr("Show “On this day”: what I wrote on this date in earlier years")
            checked: onThisDay.turnedOn
            onToggled: onThisDay.turnedOn = checked
            OnThisDayChoice { id: onThisDay }
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Entries you marked sensitive are never shown there.")
        }

        SectionTitle { text: Session.secretKind === Session.Pin ? qsTr("Your PIN") : qsTr("Your passphrase") }
        ChangeSecretForm { Layout.fillWidth: true }

        SectionTitle { text: qsTr("Renew keys") }
        RenewKeysForm { objectName: "renewKeysForm"; Layout.fillWidth: true }

        SectionTitle { text: qsTr("Export") }
        ExportSection { objectName: "exportSection"; Layout.fillWidth: true }

        SectionTitle { text: qsTr("Backup") }
        BackupSection { objectName: "backupSection"; Layout.fillWidth: true }
        SectionTitle { text: qsTr("Bring in data") }
        ImportSection { objectName: "importSection"; Layout.fillWidth: true }

        SectionTitle { text: qsTr("About") }
        AboutSection { objectName: "aboutSection"; Layout.fillWidth: true }
    }
}
