#include "app/lock/SecretEntry.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

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
