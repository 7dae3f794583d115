import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tideline

// "What is this, and you are not to blame": a short, calm page on sexual violence by a partner,
// its forms and effects (DESIGN.md sections 1 and 4), opened only from the Safety page when the
// person asks for it. A content note first; nothing here is required reading.
Flickable {
    id: page

    readonly property string title: qsTr("Understanding what happened")
    signal backRequested()

    contentHeight: column.implicitHeight + 2 * Theme.spaceXl
    contentWidth: width // vertical only
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    Component.onCompleted: back.forceActiveFocus()

    component Part: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceL
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    // One point of a list, with a calm dot before it.
    component Point: RowLayout {
        id: point
        property alias text: words.text
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Math.round(Theme.fontBody * 0.55)
            width: 6; height: 6; radius: 3
            color: Theme.accent
        }
        BodyText { id: words; Layout.fillWidth: true }
    }

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (page.width - width) / 2)
        y: Theme.spaceXl
        width: Math.min(page.width - 2 * Theme.spaceL, Theme.contentMaxWidth)
        spacing: Theme.spaceS

        Button {
            id: back
            objectName: "understandingBack"
            text: qsTr("Back to the safety plan")
            Accessible.name: text
            onClicked: page.backRequested()
        }
        Heading { Layout.fillWidth: true; Layout.topMargin: Theme.spaceM; text: qsTr("Sexual violence by a partner") }
        GentleMessage {
            objectName: "understandingNote"
            Layout.fillWidth: true
            text: qsTr("This page describes forms of sexual violence and how they can affect people. Read as "
                       + "much or as little as you like, and go back whenever you want.")
        }

        Part { text: qsTr("What it is") }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Intimate-partner sexual violence is any sexual act, or attempt at one, that a partner, "
                       + "spouse or ex-partner makes happen without your free agreement. It happens in all kinds of "
                       + "relationships, including marriages, and with or without other violence.")
        }

        Part { text: qsTr("Some of the forms it takes") }
        Repeater {
            model: [
                qsTr("Sex or sexual acts you did not agree to, with or without force or threats."),
                qsTr("Being pressured, guilt-tripped, worn down or threatened until you gave in. This is called "
                     + "sexual coercion."),
                qsTr("Sex when you could not say yes: while asleep, drunk, drugged, ill or afraid."),
                qsTr("Unwanted touching, or being made to watch or do sexual things."),
                qsTr("Control over contraception or pregnancy, such as refusing condoms or hiding or damaging "
                     + "birth control."),
                qsTr("Sexual insults, humiliation, or sex used as a punishment or a reward."),
                qsTr("Taking or sharing intimate pictures or videos without your agreement, or threatening to.")
            ]
            delegate: Point { required property string modelData; text: modelData }
        }

        Part { text: qsTr("How it can affect you") }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("People notice different things, some of these or none of them:")
        }
        Repeater {
            model: [
                qsTr("Flashbacks, nightmares, or memories that push in."),
                qsTr("Feeling anxious, on edge or easily startled."),
                qsTr("Low mood, numbness, or feeling far away from yourself."),
                qsTr("Trouble sleeping, eating or concentrating."),
                qsTr("Shame, guilt, or blaming yourself."),
                qsTr("Finding it hard to trust someone or to be close."),
                qsTr("Pain or injuries, or worries about sexual health or pregnancy.")
            ]
            delegate: Point { required property string modelData; text: modelData }
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("These are common reactions to something that should not have happened. With time and "
                       + "support they can ease.")
        }

        Part { text: qsTr("You are not to blame") }
        Repeater {
            model: [
                qsTr("What someone else chose to do is their responsibility, not yours."),
                qsTr("Being in a relationship, or married, never means agreeing in advance. Agreeing once never "
                     + "means agreeing again."),
                qsTr("A yes that came from pressure, fear or threats is not a free yes. Consent can be taken back "
                     + "at any moment."),
                qsTr("Freezing, going along with it to stay safe, or not fighting back are ways a body protects "
                     + "itself. They do not mean you wanted it."),
                qsTr("It still counts if you stayed, went back, still care about the person, or never told anyone.")
            ]
            delegate: Point { required property string modelData; text: modelData }
        }

        Part { text: qsTr("If you would like support") }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("“Need support now?” at the top of every screen lists people to call, and the Safety page "
                       + "says where legal help and crisis centres are. Going at your own pace is fine.")
        }
        Button {
            objectName: "understandingBackBottom"
            Layout.topMargin: Theme.spaceM
            text: qsTr("Back to the safety plan")
            Accessible.name: text
            onClicked: page.backRequested()
        }
    }
}
