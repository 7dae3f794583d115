import QtQuick
import QtQuick.Layouts
import Tideline

// A form's buttons: side by side while they all fit at their natural widths (Back on the left,
// the main action on the right, a filling Item between), one above the other otherwise (a phone
// at a large text size, a longer language), where a row of buttons fixed at their natural widths
// would push the whole form past the window's side. Children bind to `fits`:
//     Button { Layout.fillWidth: !row.fits }
//     Item { Layout.fillWidth: true; visible: row.fits }
//     PrimaryButton { Layout.fillWidth: !row.fits; fitsParent: !row.fits }
GridLayout {
    id: row

    // Implicit widths only (never the children's laid-out widths), so no layout loop.
    readonly property real naturalWidth: {
        let total = 0
        let shown = 0
        for (let i = 0; i < children.length; ++i) {
            const child = children[i]
            // A button that may wrap tells its one-line width apart from its implicit one.
            // Whole pixels, as the layout places them.
            const natural = Math.ceil(child.naturalWidth !== undefined ? child.naturalWidth : child.implicitWidth)
            // The width first: the filling Item between the buttons shows only when they fit, and
            // reading its `visible` here would make `fits` depend on itself. Side by side it takes
            // a column of its own, so the spacing beside it is counted too.
            if (natural <= 0)
                ++shown
            else if (child.visible) {
                total += natural
                ++shown
            }
        }
        return total + Math.max(0, shown - 1) * columnSpacing
    }
    // Judged by the room its parent has, not by its own width: side by side, fixed at their
    // natural widths, the buttons would make the row (and the form) that wide, and fit. So its
    // parent needs a width of its own (a page's column, a dialog, an anchored form): under a
    // column that is only as wide as what it holds, a row that once fitted keeps it wide (the
    // Change PIN form at 200 % stayed 518 px wide in a 312 px page); use a Flow there.
    readonly property bool fits: (parent ? parent.width : width) >= naturalWidth

    columns: fits ? Math.max(1, children.length) : 1
    columnSpacing: Theme.spaceM
    rowSpacing: Theme.spaceS
}
