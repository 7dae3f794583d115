import QtQuick
import QtQuick.Controls
import Tideline

// Narrowing a search: only entries with one tag, and only a recent period. Both optional.
Flow {
    id: filters

    property var tagNames: []
    property string tag: ""
    property int withinMonths: 0

    spacing: Theme.spaceS

    ChoiceBox {
        objectName: "searchTagChoice"
        width: 200
        model: [""].concat(filters.tagNames)
        labelFor: (name) => name.length === 0 ? qsTr("Any tag") : qsTr("Tag: %1").arg(name)
        displayText: labelFor(filters.tag)
        currentIndex: Math.max(0, filters.tagNames.indexOf(filters.tag) + 1)
        Accessible.name: qsTr("Only entries with this tag")
        onActivated: (index) => filters.tag = index === 0 ? "" : filters.tagNames[index - 1]
    }
    ChoiceBox {
        objectName: "searchPeriodChoice"
        width: 200
        model: [0, 1, 3, 12]
        labelFor: (months) => months === 0 ? qsTr("Any time")
                              : months === 1 ? qsTr("The past month")
                              : months === 12 ? qsTr("The past year")
                              : qsTr("The past %n months", "", months)
        displayText: labelFor(filters.withinMonths)
        currentIndex: [0, 1, 3, 12].indexOf(filters.withinMonths)
        Accessible.name: qsTr("Only entries from this period")
        onActivated: (index) => filters.withinMonths = [0, 1, 3, 12][index]
    }
}
