.pragma library

// Walks what a page shows and lists what a person would see as broken: anything drawn past
// the window's left or right edge, text painted wider than its own box (cut or spilling over
// its neighbours), a button narrower than its label, a choice box too narrow for its choice, and visible siblings that overlap one
// another, and what a scrolling page holds below the end it scrolls to (unreachable). Vertical
// overflow is otherwise fine: pages scroll. Used by the tst_Layout*.qml tests at phone, laptop and desktop sizes.
//
// What is not judged, and why:
// - the insides of a Control (its background, content and indicator overlap by design), though
//   what its content holds is walked;
// - a child that lies wholly inside a sibling (a background behind text, a cover over a row, a
//   MouseArea over its item, a toast over a list): that is layering, not a collision;
// - scroll bars, which float over what they scroll;
// - the part of a clipping Flickable's content scrolled out of its box (a long entry in the
//   editor's writing box), which is not drawn;
// - the content of a Flickable that scrolls sideways on purpose (the calendar strip), and the
//   insides of a ChartView (Qt Charts draws and places those itself);
// - invisible, transparent or empty items, and overlaps of a pixel or two (hairlines, borders).

var tolerance = 2

// A plain Item with nothing in it draws nothing (a ListView keeps such a one among its
// delegates in the records list): it cannot cover anything.
function isEmptyItem(item) {
    return item.children.length === 0 && String(item).startsWith("QQuickItem(")
}

function isShown(item) {
    return item.visible && item.opacity > 0.01 && item.width > 0 && item.height > 0 && !isEmptyItem(item)
}

function isControl(item) {
    return item.background !== undefined && item.contentItem !== undefined && item.availableWidth !== undefined
}

// ScrollBar, ScrollIndicator: they float over the content they scroll, by design.
function isScrollBar(item) {
    return item.orientation !== undefined && item.position !== undefined && item.size !== undefined
           && item.active !== undefined
}

function isChart(item) {
    return item.plotArea !== undefined && item.createSeries !== undefined
}

function scrollsSideways(item) {
    return item.contentWidth !== undefined && item.flickableDirection !== undefined
           && item.contentWidth > item.width + 1
}

// A button whose one-line label is cut (or elided) because it was given less width than it
// needs ("Done" read "Do"). Buttons with wrapping labels (switches, check boxes) are judged by their text.
function isSqueezedButton(item) {
    if (item.display === undefined || item.autoRepeat === undefined || !item.contentItem)
        return false
    const label = item.contentItem
    const oneLine = typeName(label) === "IconLabel" || (isText(label) && label.wrapMode === 0) // Text.NoWrap
    // A label whose type shrinks to fit (Quick exit on a phone at 200 %) is judged by what it
    // paints: cut or elided is a problem, smaller type is not.
    if (isText(label) && label.fontSizeMode !== undefined && label.fontSizeMode !== 0) // Text.FixedSize
        return label.truncated
    return oneLine && item.width < labelNeeds(item) - tolerance
}

// A closed choice box (ComboBox) whose chosen words are cut at its edge ("Mood: not said" read
// "Mood: not"). In the Basic style its words sit in a read-only TextField, which has no elide and
// no truncated, so the rule for Text does not see them (ChoiceBox now shows them in a wrapping
// Label, which the rule for Text judges). An editable one scrolls its text on purpose.
function choiceCut(item) {
    if (item.displayText === undefined || item.popup === undefined || item.editable !== false || !item.contentItem)
        return 0
    const field = item.contentItem
    if (field.contentWidth === undefined || field.leftPadding === undefined)
        return 0
    const room = field.width - field.leftPadding - field.rightPadding
    return field.contentWidth > room + tolerance ? field.contentWidth - room : 0
}

// The width the label needs with the button's padding (a style's background may ask for more,
// which is only a wish).
function labelNeeds(button) {
    return button.implicitContentWidth + button.leftPadding + button.rightPadding
}

// Text, Label: the painted text may be wider than the box it was given.
function isText(item) {
    return item.elide !== undefined && item.contentWidth !== undefined && item.wrapMode !== undefined
           && item.text !== undefined && item.truncated !== undefined
}

function typeName(item) {
    const s = String(item)
    const paren = s.indexOf("(")
    let name = paren > 0 ? s.substring(0, paren) : s
    const qml = name.indexOf("_QML")
    name = qml > 0 ? name.substring(0, qml) : name
    return name.replace(/^QQuick/, "")
}

function describe(item) {
    let name = typeName(item)
    if (item.objectName)
        name += "#" + item.objectName
    if (item.text !== undefined && typeof item.text === "string" && item.text.length > 0)
        name += " '" + item.text.substring(0, 40).replace(/\n/g, " ") + "'"
    return name
}

function path(item, root) {
    const names = []
    for (let i = item; i && i !== root; i = i.parent) {
        if (i.objectName || names.length === 0)
            names.unshift(describe(i))
    }
    return names.join(" > ")
}

function rectOf(item, root) {
    const p = item.mapToItem(root, 0, 0)
    return { x: p.x, y: p.y, w: item.width, h: item.height }
}

function overlapOf(a, b) {
    const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
    const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
    return { w: w, h: h }
}

function contains(outer, inner) {
    return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance
           && inner.x + inner.w <= outer.x + outer.w + tolerance
           && inner.y + inner.h <= outer.y + outer.h + tolerance
}

function fmt(r) {
    return "[x " + Math.round(r.x) + ", w " + Math.round(r.w) + ", y " + Math.round(r.y) + ", h " + Math.round(r.h) + "]"
}

// A page that scrolls up and down (not a list, whose delegates come and go as it scrolls): the
// lowest edge of what it shows, in its content's coordinates, past its content height. What is
// down there cannot be scrolled to (the recovery form's button once sat 1,000 px below the end).
function unreachableBelow(item) {
    if (item.contentHeight === undefined || item.contentItem === undefined || item.flickableDirection === undefined
            || item.model !== undefined || item.contentItem === null)
        return 0
    let bottom = 0
    const content = item.contentItem
    for (let i = 0; i < content.children.length; ++i) {
        const child = content.children[i]
        if (isShown(child))
            bottom = Math.max(bottom, child.y + child.height)
    }
    const reach = Math.max(item.contentHeight, item.height)
    return bottom > reach + tolerance ? bottom - reach : 0
}

// root: the page (its left edge is the window's); width: the window's width. Returns a list
// of sentences, empty when the layout is sound.
function problems(root, width) {
    const found = []
    walk(root, root, width, found, false)
    return found
}

// A visible item that a layout gave no width still paints its text, centred on nothing and
// spilling past whatever is to its left ("Suggest four random words" on the Backup section).
// isShown() skips such an item, so its text is looked for here.
function textInNoWidth(item) {
    if (!item.visible || item.opacity <= 0.01 || item.width > tolerance)
        return null
    if (isText(item) && item.text.length > 0 && item.contentWidth > tolerance)
        return item
    for (let i = 0; i < item.children.length; ++i) {
        const text = textInNoWidth(item.children[i])
        if (text)
            return text
    }
    return null
}

// Where a child shows: the content of a clipping Flickable only inside it. (A TextArea in a
// ScrollView scrolls over its background, which the ScrollView keeps in place beside the content:
// the text is seen through the box, never over what is around it.)
function shownRectOf(child, parent, root) {
    const r = rectOf(child, root)
    if (parent.contentY === undefined || parent.contentItem !== child || !parent.clip)
        return r
    const v = rectOf(parent, root)
    const x = Math.max(r.x, v.x)
    const y = Math.max(r.y, v.y)
    return { x: x, y: y, w: Math.max(0, Math.min(r.x + r.w, v.x + v.w) - x), h: Math.max(0, Math.min(r.y + r.h, v.y + v.h) - y) }
}

// outside: an ancestor already goes past the window's side (its contents are not named again).
function walk(item, root, width, found, outside) {
    const squeezed = textInNoWidth(item)
    if (squeezed) {
        found.push(path(item, root) + " has no width but paints '" + squeezed.text.substring(0, 40)
                   + "' " + Math.round(squeezed.contentWidth) + " wide")
        return
    }
    if (!isShown(item))
        return
    const r = rectOf(item, root)
    const past = r.x < -tolerance || r.x + r.w > width + tolerance
    if (past && !outside)
        found.push(path(item, root) + " goes past the window's side " + fmt(r) + " in a window " + width + " wide")
    if (isText(item) && item.contentWidth > item.width + tolerance && item.text.length > 0)
        found.push(path(item, root) + " is painted " + Math.round(item.contentWidth) + " wide in a box "
                   + Math.round(item.width) + " wide")
    if (isSqueezedButton(item))
        found.push(path(item, root) + " is " + Math.round(item.width) + " wide but its label needs "
                   + Math.round(labelNeeds(item)))
    const cut = choiceCut(item)
    if (cut > 0)
        found.push(path(item, root) + " cuts " + Math.round(cut) + " px off its choice '"
                   + String(item.displayText).substring(0, 40) + "'")
    const below = unreachableBelow(item)
    if (below > 0)
        found.push(path(item, root) + " holds " + Math.round(below) + " px below the end it scrolls to")
    if (isChart(item) || scrollsSideways(item))
        return

    const children = []
    for (let i = 0; i < item.children.length; ++i) {
        const child = item.children[i]
        if (isShown(child))
            children.push({ item: child, rect: shownRectOf(child, item, root), floats: isScrollBar(child) })
        else
            walk(child, root, width, found, outside)
    }
    if (!isControl(item)) {
        for (let a = 0; a < children.length; ++a) {
            for (let b = a + 1; b < children.length; ++b) {
                if (children[a].floats || children[b].floats)
                    continue
                const x = children[a].rect
                const y = children[b].rect
                const o = overlapOf(x, y)
                if (o.w <= tolerance || o.h <= tolerance || contains(x, y) || contains(y, x))
                    continue
                found.push(path(children[a].item, root) + " " + fmt(x) + " overlaps "
                           + describe(children[b].item) + " " + fmt(y))
            }
        }
    }
    for (const child of children)
        walk(child.item, root, width, found, outside || past)
}
