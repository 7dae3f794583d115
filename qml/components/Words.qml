pragma Singleton
import QtQuick

// Sentences with a person's words in them.
QtObject {
    // Puts values[0] where %1 is, values[1] where %2 is, and so on, in one pass. Chained
    // .arg() calls would also fill the next value into a person's words that happen to hold
    // "%2" (a file named "plan %2.pdf", a contact called "Ana %1"); this leaves them as typed.
    // A marker with no value stays as it is.
    function fill(sentence, values) {
        return String(sentence).replace(/%(\d+)/g, (marker, number) => {
            const index = Number(number) - 1
            return index >= 0 && index < values.length ? String(values[index]) : marker
        })
    }
}
