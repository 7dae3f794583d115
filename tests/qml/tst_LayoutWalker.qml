import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import "LayoutWalker.js" as Walker

// The layout tests' walker must be able to fail: each broken layout below is one it has to
// report, and each sound one it must pass. (A walker that finds nothing proves nothing.)
TestCase {
    id: testCase
    name: "LayoutWalker"
    width: 360
    height: 400
    visible: true
    when: windowShown

    Component {
        id: sound
        ColumnLayout {
            width: 360
            spacing: 8
            Label { Layout.fillWidth: true; text: "A heading"; font.pixelSize: 24 }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: "Running text that wraps over a few lines on a narrow window, as body text does."
            }
            RowLayout {
                Layout.fillWidth: true
                Button { text: "Back" }
                Item { Layout.fillWidth: true }
                Button { text: "Done" }
            }
            Rectangle {   // a card: a background with text inside it is layering, not a collision
                Layout.fillWidth: true
                implicitHeight: 60
                color: "lightgrey"
                Label { anchors.centerIn: parent; text: "Inside" }
                MouseArea { anchors.fill: parent }
            }
            Label { Layout.fillWidth: true; elide: Text.ElideRight; text: "An elided title that is far too long to fit here in one line" }
            Item { Layout.fillWidth: true; implicitHeight: 20; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1 } }
        }
    }
    Component {
        id: tooWide
        ColumnLayout {
            width: 360
            Button { objectName: "wideButton"; Layout.preferredWidth: 500; text: "A button wider than a phone" }
        }
    }
    Component {
        id: overlapping
        Item {
            width: 360
            height: 100
            Label { objectName: "first"; x: 0; width: 200; text: "First" }
            Label { objectName: "second"; x: 150; width: 200; text: "Second, on top of the first" }
        }
    }
    Component {
        id: spilling
        RowLayout {
            width: 360
            // The "on this day" fault of issue 12: a row given no width, its text spilling out.
            Label { objectName: "strip"; Layout.preferredWidth: 30; text: "A year ago: a long entry title" }
            Item { Layout.fillWidth: true }
        }
    }
    Component {
        id: noWidth
        ColumnLayout {
            width: 360
            // The backup section's fault: a box whose width came from a link bound to the box's
            // own width settled at 0, and the centred link text spilled off the left edge.
            ColumnLayout {
                id: box
                objectName: "emptyBox"
                Layout.fillWidth: true
                Label {
                    Layout.maximumWidth: box.width
                    horizontalAlignment: Text.AlignHCenter
                    text: "Suggest four random words"
                }
            }
        }
    }
    Component {
        id: squeezed
        RowLayout {
            width: 360
            // The editor's fault of issue 12: "Done" read "Do" at 360 px.
            Button { Layout.fillWidth: true; text: "A long button that takes the row" }
            Button { objectName: "done"; Layout.maximumWidth: 20; text: "Done" }
            Button {   // an elided label is cut too
                objectName: "elided"
                Layout.maximumWidth: 30
                text: "Save"
                contentItem: Label { text: parent.text; elide: Text.ElideRight }
            }
        }
    }
    Component {
        id: narrowChoice
        RowLayout {
            width: 360
            // The editor's mood box at 200 %: "Mood: not said" read "Mood: not".
            ComboBox { objectName: "mood"; Layout.preferredWidth: 90; model: ["Mood: not said", "1"] }
            ComboBox { objectName: "wideEnough"; model: ["Mood: 7", "1"] }
            ComboBox { objectName: "typed"; Layout.preferredWidth: 60; editable: true; editText: "Words typed by hand" }
            Item { Layout.fillWidth: true }
        }
    }
    Component {
        id: offTheLeft
        Item {
            width: 360
            height: 50
            Rectangle { objectName: "leftOut"; x: -40; width: 100; height: 40 }
        }
    }
    Component {
        id: hiddenFaults
        Item {
            width: 360
            height: 100
            // Invisible, transparent or sideways-scrolling on purpose: none of these is a fault.
            Rectangle { visible: false; x: -100; width: 900; height: 10 }
            Rectangle { opacity: 0; x: 300; width: 900; height: 10 }
            Flickable {
                y: 20
                width: 360
                height: 40
                clip: true
                contentWidth: 900
                flickableDirection: Flickable.HorizontalFlick
                Rectangle { width: 900; height: 40 }
            }
        }
    }

    Component {
        id: unreachable
        Item {
            width: 360
            height: 200
            Flickable {
                objectName: "shortPage"
                width: 360
                height: 200
                contentHeight: 300 // what it holds is 600 tall
                Rectangle { y: 500; width: 100; height: 100 }
            }
        }
    }

    function problemsIn(component) {
        const item = createTemporaryObject(component, testCase)
        waitForRendering(item)
        return Walker.problems(item, testCase.width)
    }

    function test_soundLayoutPasses() {
        compare(problemsIn(sound), [])
        compare(problemsIn(hiddenFaults), [])
    }

    function test_contentBelowTheScrollEndFails() {
        const found = problemsIn(unreachable)
        verify(found.some(p => p.indexOf("shortPage") >= 0 && p.indexOf("300 px below the end it scrolls to") > 0),
               found.join("\n"))
    }

    function test_itemPastTheWindowFails() {
        const found = problemsIn(tooWide)
        verify(found.length > 0)
        verify(found.some(p => p.indexOf("wideButton") >= 0 && p.indexOf("past the window's side") > 0), found.join("\n"))
        verify(problemsIn(offTheLeft).some(p => p.indexOf("leftOut") >= 0))
    }

    function test_squeezedButtonFails() {
        const found = problemsIn(squeezed)
        verify(found.some(p => p.indexOf("done") >= 0 && p.indexOf("its label needs") > 0), found.join("\n"))
        verify(found.some(p => p.indexOf("elided") >= 0 && p.indexOf("its label needs") > 0), found.join("\n"))
    }

    function test_narrowChoiceBoxFails() {
        const found = problemsIn(narrowChoice)
        verify(found.some(p => p.indexOf("mood") >= 0 && p.indexOf("off its choice 'Mood: not said'") > 0), found.join("\n"))
        verify(!found.some(p => p.indexOf("wideEnough") >= 0), found.join("\n"))
        verify(!found.some(p => p.indexOf("typed") >= 0), found.join("\n"))   // scrolls on purpose
    }

    function test_overlappingSiblingsFail() {
        const found = problemsIn(overlapping)
        verify(found.some(p => p.indexOf("first") >= 0 && p.indexOf("overlaps") > 0 && p.indexOf("second") > 0),
               found.join("\n"))
    }

    function test_textWiderThanItsBoxFails() {
        const found = problemsIn(spilling)
        verify(found.some(p => p.indexOf("strip") >= 0 && p.indexOf("is painted") > 0), found.join("\n"))
    }

    function test_textInAnItemWithNoWidthFails() {
        const found = problemsIn(noWidth)
        verify(found.some(p => p.indexOf("emptyBox") >= 0 && p.indexOf("has no width but paints") > 0),
               found.join("\n"))
    }
}
