// Walks the visible items of a page and collects what a person would read, for the language
// tests (tst_LanguageSpanish, tst_PseudoLocale): every text shown, and every text that runs past
// the window's right edge (clipped: the longer words of a translation no longer fit).
.pragma library

function isShown(item) {
    return item.visible && item.opacity > 0 && item.width > 0 && item.height > 0
}

// [{ text, item, clipped }] for every visible item with a string `text` and a font (Text,
// Label, TextField, buttons' labels), below root.
function texts(root, windowItem) {
    const found = []
    const walk = (item) => {
        if (!item || !isShown(item))
            return
        if (typeof item.text === "string" && item.font !== undefined && item.text.trim().length > 0) {
            const topLeft = item.mapToItem(windowItem, 0, 0)
            const shownWidth = Math.min(item.width, item.contentWidth !== undefined ? item.contentWidth : item.width)
            found.push({ text: item.text, item: item,
                         clipped: topLeft.x + shownWidth > windowItem.width + 1 || topLeft.x < -1 })
        }
        for (let i = 0; i < item.children.length; ++i)
            walk(item.children[i])
    }
    walk(root)
    return found
}

// Words that are English and not Spanish: a shown text with one of them escaped translation.
const englishOnly = /\b(the|and|your|you|with|what|this|that|for|from|when|how|not|yet|nothing|here|there|are|is|of|to|on|in|day|days|entry|entries|journal|today|settings|share|save|choose|write|mood|sleep|week|month|year|back|show|hide|add|remove|open|close|lock|help|support|trends|safety|help|it|be|or|as|at|by|an|if|can|will|have|has|was)\b/i

function looksEnglish(text) {
    return englishOnly.test(text.replace(/Tideline/g, ""))
}

// Under the pseudo-locale every translated string reads "[…·…]". Text without a bracket
// escaped translation unless it holds no words (numbers, signs) or is a date or a name that is
// never translated (the app's and the languages' names).
const untranslatable = /^(Tideline|Notes|English|Español|\[Pseudo·Pseudo\])$/
const dateWords = /(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/

function escapedPseudo(text) {
    const t = text.trim()
    if (!/[A-Za-z]/.test(t) || t.indexOf("[") >= 0 || untranslatable.test(t))
        return false
    return !dateWords.test(t)
}
