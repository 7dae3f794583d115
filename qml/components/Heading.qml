import QtQuick
import QtQuick.Controls
import Tideline

// A page or section title.
Label {
    property bool large: false

    color: Theme.text
    font.pixelSize: large ? Theme.fontDisplay : Theme.fontTitle
    font.weight: Font.DemiBold
    // Between words; inside a word only when one word is wider than the line ("Cuestionarios"
    // at 200 % on a phone).
    wrapMode: Text.Wrap
    textFormat: Text.PlainText // titles can be the person's own words (BodyText says why)
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
