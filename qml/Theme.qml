pragma Singleton
import QtQuick
import Tideline.App

// One place for colour, spacing, type and motion. Warm and soft rather than clinical, with
// text contrast of at least 4.5:1 in both palettes.
QtObject {
    id: theme

    // The desktop's own light/dark choice, read from its palette (Qt 6.4 has no colour-scheme hint).
    readonly property SystemPalette systemPalette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: AppSettings.theme === AppSettings.Dark
                                 || (AppSettings.theme === AppSettings.System
                                     && systemPalette.window.hslLightness < 0.5)

    // Colours
    readonly property color background: dark ? "#1f1c1a" : "#faf6f1"
    readonly property color surface: dark ? "#292522" : "#fffefd"
    readonly property color surfaceRaised: dark ? "#332e2a" : "#f1eae1"
    readonly property color border: dark ? "#4a433d" : "#ddd2c5"
    readonly property color text: dark ? "#efe8e0" : "#2e2926"
    readonly property color textMuted: dark ? "#bdb3a9" : "#655c55"
    readonly property color accent: dark ? "#8fc4ba" : "#3b6b66"
    readonly property color accentHover: dark ? "#a5d3ca" : "#305a55"
    readonly property color textOnAccent: dark ? "#132523" : "#fffefd"
    readonly property color accentSoft: dark ? "#2d403d" : "#deebe7"
    readonly property color notice: dark ? "#3b3229" : "#f5e9d6"
    readonly property color textOnNotice: dark ? "#f3e3cb" : "#4d3a22"
    readonly property color concern: dark ? "#e6a996" : "#8a4536"   // calm terracotta, never alarm red
    readonly property color focusRing: accent
    readonly property color cover: dark ? "#24201d" : "#efe7dd"
    // Behind an open dialog; it starts below the top bar, which stays clear (CalmPopup).
    readonly property color dim: dark ? Qt.rgba(0.02, 0.02, 0.02, 0.6) : Qt.rgba(0.18, 0.16, 0.15, 0.45)

    // Spacing scale
    readonly property int spaceXs: 4
    readonly property int spaceS: 8
    readonly property int spaceM: 12
    readonly property int spaceL: 16
    readonly property int spaceXl: 24
    readonly property int spaceXxl: 40

    readonly property int radius: 10
    readonly property int radiusLarge: 16
    // Larger text (Settings → Text size) makes controls and lines grow with it, never shrink.
    readonly property real growth: Math.max(1, fontScale)
    readonly property int controlHeight: Math.round(44 * growth)     // comfortable for touch and tired hands
    readonly property int contentMaxWidth: Math.round(560 * growth) // long lines are hard to read when upset
    readonly property int wideBreakpoint: 720
    // The strip along the top of every screen (TopBar): Quick exit and support live there, and
    // no dialog ever covers it.
    readonly property int topBarHeight: Math.round(56 * growth)

    // Type scale, following the text size chosen in Settings (85–200 %), at once.
    readonly property real fontScale: AppSettings.textScale / 100
    readonly property int fontCaption: Math.round(13 * fontScale)
    readonly property int fontBody: Math.round(16 * fontScale)
    readonly property int fontLarge: Math.round(19 * fontScale)
    readonly property int fontTitle: Math.round(24 * fontScale)
    readonly property int fontDisplay: Math.round(30 * fontScale)

    // The palette Qt Quick Controls' Basic style draws buttons, fields and lists with, made from
    // the colours above. The window sets it (and again when `dark` changes); so do the layout
    // tests' pages, so what they measure is what the app draws.
    function paint(palette) {
        palette.window = background
        palette.windowText = text
        palette.base = surface
        palette.alternateBase = surfaceRaised
        palette.text = text
        palette.button = surfaceRaised
        palette.buttonText = text
        palette.highlight = accent
        palette.highlightedText = textOnAccent
        palette.placeholderText = textMuted
        palette.light = surface
        palette.midlight = surfaceRaised
        palette.mid = border
        palette.dark = textMuted
        palette.shadow = border
        palette.toolTipBase = surfaceRaised
        palette.toolTipText = text
    }

    // Motion: nothing moves when the person asked for less motion.
    readonly property int motionShort: AppSettings.reduceMotion ? 0 : 120
    readonly property int motionMedium: AppSettings.reduceMotion ? 0 : 220
}
