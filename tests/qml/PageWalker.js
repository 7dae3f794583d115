// Walks the visible items of a page and collects what a person would read, for the language
// tests (tst_LanguageSpanish, tst_PseudoLocale): every text shown, and every text that runs past
// the window's right edge (clipped: the longer words of a translation no longer fit).
.pragma library

function isShown(item) {
    return item.visible && item.opacity > 0 && item.width > 0 && item.height > 0
}

// [{ text, item, clipped, placeholder }] for every visible item with a string `text` and a font (Text,
// Label, TextField, buttons' labels), below root. `clipped`: the text is cut off, by its own
// eliding or by the window or a clipping parent on the right. A strip that scrolls sideways by
// design (a Flickable wider inside than out) is left out, and so is text scrolled out of view.
function texts(root, windowItem) {
    const found = []
    const walk = (item, right) => {
        if (!item || !isShown(item))
            return
        const topLeft = item.mapToItem(windowItem, 0, 0)
        if (item.clip) {
            if (item.contentWidth !== undefined && item.contentX !== undefined && item.contentWidth > item.width + 1)
                return
            right = Math.min(right, topLeft.x + item.width)
        }
        if (typeof item.text === "string" && item.font !== undefined && item.text.trim().length > 0
                && topLeft.x < right) {
            const shownWidth = Math.min(item.width, item.contentWidth !== undefined ? item.contentWidth : item.width)
            found.push({ text: item.text, item: item,
                         clipped: item.truncated === true || topLeft.x + shownWidth > right + 1,
                         placeholder: item.parent !== null && (item.parent.placeholderText === item.text
                                                               || item.parent.placeholder === item.text) })
        }
        for (let i = 0; i < item.children.length; ++i)
            walk(item.children[i], right)
    }
    walk(root, windowItem.width)
    return found
}

// Words that are English and not Spanish: a shown text with one of them escaped translation.
// Split on anything but letters, accented ones included ("dirían" is one word, not "dir"+"an").
const englishOnly = new Set(["the", "and", "your", "you", "with", "what", "this", "that", "for", "from", "when",
    "how", "not", "yet", "nothing", "here", "there", "are", "is", "of", "to", "on", "in", "day", "days", "entry",
    "entries", "journal", "today", "settings", "share", "save", "choose", "write", "mood", "sleep", "week", "month",
    "year", "back", "show", "hide", "add", "remove", "open", "close", "lock", "help", "support", "trends", "safety",
    "it", "be", "or", "at", "by", "an", "if", "will", "have", "was"])

function looksEnglish(text) {
    // File names (settings.ini), paths (/usr/share/doc/), the app's name and the names of the
    // companies in Settings → About are the same in every language.
    const words = text.replace(/Tideline|The Qt Company/g, "").replace(/\S+\.[a-z]+\b/g, "")
        .replace(/(^|\s|\()\/\S+/g, " ").toLowerCase()
        .split(/[^a-z\u00c0-\u024f]+/)
    return words.some(word => englishOnly.has(word))
}

// Every string of the English assets (prompts, nudges, support lines): under the pseudo-locale
// these come from the English files, which are translated as whole files (assets/<code>/) and
// checked by tests/core/LanguageTest.cpp, not through Qt Linguist.
function assetStrings() {
    const strings = {}
    const add = (value) => {
        if (typeof value === "string")
            strings[value] = true
        else if (Array.isArray(value))
            value.forEach(add)
        else if (value && typeof value === "object")
            Object.keys(value).forEach(key => add(value[key]))
    }
    // The check-ups' forms too: an instrument's name and validated wording are never translated
    // here (a published translation would come as its own form file).
    for (const name of ["prompts.json", "resources.json", "checkups/pcl5.json", "checkups/phq9.json",
                        "checkups/gad7.json"]) {
        const request = new XMLHttpRequest()
        request.open("GET", "qrc:/assets/" + name, false)
        request.send()
        add(JSON.parse(request.responseText))
    }
    return strings
}

// Under the pseudo-locale every translated string reads "[…·…]". Text without a bracket
// escaped translation unless it holds no words (numbers, signs) or is a date or a name that is
// never translated (the app's and the languages' names).
const untranslatable = /^(Tideline|Notes|English|Español|\[Pseudo·Pseudo\])$/
const dateWords = /(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/

function escapedPseudo(text, assets) {
    const t = text.trim()
    if (!/[A-Za-z]/.test(t) || t.indexOf("[") >= 0 || untranslatable.test(t) || assets[t] === true
            || t.startsWith("/"))
        return false
    return !dateWords.test(t)
}
