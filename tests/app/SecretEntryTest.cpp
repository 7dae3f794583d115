#include "app/lock/SecretEntry.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>

#include <algorithm>
#include <string>

using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

std::string bytesOf(const SecretEntry& entry)
{
    return std::string(entry.bytes().chars(), entry.bytes().size());
}

} // namespace

TEST_CASE("SecretEntry counts characters not bytes", "[secretentry]")
{
    SecretEntry entry;
    QSignalSpy lengthSpy(&entry, &SecretEntry::lengthChanged);

    REQUIRE(entry.appendText(u"a"_s));
    REQUIRE(entry.appendText(u"é"_s)); // two bytes in UTF-8
    REQUIRE(entry.appendText(u"🌊"_s)); // four bytes, a surrogate pair in UTF-16
    CHECK(entry.length() == 3);
    CHECK(entry.bytes().size() == 1 + 2 + 4);
    CHECK(bytesOf(entry) == "a\xC3\xA9\xF0\x9F\x8C\x8A");
    CHECK(lengthSpy.count() == 3);

    entry.backspace(); // removes the whole wave, not one byte of it
    CHECK(entry.length() == 2);
    CHECK(bytesOf(entry) == "a\xC3\xA9");
    entry.backspace();
    entry.backspace();
    entry.backspace(); // on an empty entry: nothing happens
    CHECK(entry.length() == 0);
    CHECK(entry.bytes().isEmpty());
}

TEST_CASE("SecretEntry takes digits for a PIN and ignores everything else", "[secretentry]")
{
    SecretEntry entry;
    entry.setDigitsOnly(true);
    CHECK(entry.appendDigit(2));
    CHECK(entry.appendText(u"4"_s));
    CHECK_FALSE(entry.appendText(u"x"_s));
    CHECK_FALSE(entry.appendDigit(10));
    CHECK_FALSE(entry.appendDigit(-1));
    CHECK(entry.length() == 2);
    CHECK(bytesOf(entry) == "24");
}

TEST_CASE("SecretEntry ignores control keys and stops at maxLength", "[secretentry]")
{
    SecretEntry entry;
    entry.setMaxLength(3);
    CHECK_FALSE(entry.appendText(u"\t"_s));
    CHECK_FALSE(entry.appendText(u"\r"_s));
    CHECK_FALSE(entry.appendText(QString(QChar(0x1b))));
    CHECK(entry.appendText(u"abcdef"_s)); // takes what fits
    CHECK(entry.length() == 3);
    CHECK(bytesOf(entry) == "abc");
}

TEST_CASE("SecretEntry hands its bytes over once and is empty afterwards", "[secretentry]")
{
    SecretEntry entry;
    entry.appendText(u"246810"_s);
    QSignalSpy lengthSpy(&entry, &SecretEntry::lengthChanged);

    tideline::SecureBuffer taken = entry.take();
    CHECK(std::string(taken.chars(), taken.size()) == "246810");
    CHECK(entry.length() == 0);
    CHECK(entry.bytes().isEmpty());
    CHECK(lengthSpy.count() == 1);
}

TEST_CASE("SecretEntry clear wipes and matches compares contents", "[secretentry]")
{
    SecretEntry first;
    SecretEntry second;
    first.appendText(u"correct horse"_s);
    second.appendText(u"correct horse"_s);
    CHECK(first.matches(&second));
    second.backspace();
    CHECK_FALSE(first.matches(&second));
    CHECK_FALSE(first.matches(nullptr));

    first.clear();
    CHECK(first.length() == 0);
    CHECK(first.bytes().isEmpty());
}

TEST_CASE("A pasted secret goes in as typed, and Tideline's copy of the clipboard is wiped", "[secretentry]")
{
    SecretEntry entry;
    // As the clipboard hands it over: an array of Tideline's own (not a literal's shared data).
    QByteArray pasted(QByteArrayLiteral("quiet harbour \xC3\xA9\xF0\x9F\x8C\x8A\n").constData(), 21);
    REQUIRE(entry.appendUtf8(pasted));
    CHECK(bytesOf(entry) == "quiet harbour \xC3\xA9\xF0\x9F\x8C\x8A"); // the password manager's newline is a key
    CHECK(entry.length() == 16);
    // The bytes read from the clipboard are zeros now, before the array is even freed.
    CHECK(pasted.size() == 21);
    CHECK(std::all_of(pasted.cbegin(), pasted.cend(), [](char c) { return c == 0; }));

    SECTION("wiped afterwards exactly like typed text")
    {
        tideline::SecureBuffer taken = entry.take();
        CHECK(entry.length() == 0);
        CHECK(entry.bytes().isEmpty());
        CHECK(std::string(taken.chars(), taken.size()) == "quiet harbour \xC3\xA9\xF0\x9F\x8C\x8A");
        entry.appendText(u"x"_s);
        entry.clear();
        CHECK(entry.bytes().isEmpty());
    }
    SECTION("a PIN takes only the digits, and no more than the limit")
    {
        SecretEntry pin;
        pin.setDigitsOnly(true);
        pin.setMaxLength(8);
        QByteArray digits(" 2468-1012 3456\t");
        REQUIRE(pin.appendUtf8(digits));
        CHECK(bytesOf(pin) == "24681012");
        QByteArray letters("abc");
        CHECK_FALSE(pin.appendUtf8(letters));
    }
    SECTION("broken UTF-8 is skipped, never half a character")
    {
        SecretEntry other;
        QByteArray broken("a\xC3\x28"
                          "b\xED\xA0\x80"
                          "c\xF0\x9F\x8C");
        REQUIRE(other.appendUtf8(broken));
        CHECK(bytesOf(other) == "a(bc");
    }
}

TEST_CASE("Paste reads the system clipboard as bytes and leaves the clipboard alone", "[secretentry]")
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    REQUIRE(clipboard != nullptr);
    clipboard->setText(u"four calm river words"_s);
    SecretEntry entry;
    REQUIRE(entry.pasteFromClipboard());
    CHECK(bytesOf(entry) == "four calm river words");
    CHECK(entry.length() == 21);
    // The password manager clears its own copy; Tideline neither keeps nor changes it.
    CHECK(clipboard->text() == u"four calm river words"_s);
    clipboard->clear();
    CHECK_FALSE(entry.pasteFromClipboard());
    CHECK(entry.length() == 21);
}
