#include "core/common/SecureBuffer.h"

#include <catch2/catch.hpp>

#include <cstring>

using tideline::SecureBuffer;

TEST_CASE("SecureBuffer holds, appends, chops and wipes bytes")
{
    auto buffer = SecureBuffer::fromString("1234");
    REQUIRE(buffer.size() == 4);
    buffer.append("56", 2);
    REQUIRE(std::memcmp(buffer.data(), "123456", 6) == 0);
    buffer.chop(1);
    REQUIRE(buffer.size() == 5);
    REQUIRE(std::memcmp(buffer.data(), "12345", 5) == 0);

    buffer.wipe();
    REQUIRE(buffer.size() == 5);
    for (std::size_t i = 0; i < buffer.size(); ++i) {
        REQUIRE(buffer.data()[i] == 0);
    }
    buffer.clear();
    REQUIRE(buffer.isEmpty());
    REQUIRE(buffer.data() == nullptr);
}

TEST_CASE("SecureBuffer moves without copying and compares in constant time")
{
    auto a = SecureBuffer::random(32);
    auto b = SecureBuffer(a.data(), a.size());
    REQUIRE(a.constantTimeEquals(b));
    const auto* bytes = a.data();
    SecureBuffer moved(std::move(a));
    REQUIRE(moved.data() == bytes);
    REQUIRE(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    b.data()[0] ^= 1;
    REQUIRE_FALSE(moved.constantTimeEquals(b));
    REQUIRE_FALSE(moved.constantTimeEquals(SecureBuffer::fromString("short")));
}

TEST_CASE("Two random buffers differ")
{
    REQUIRE_FALSE(SecureBuffer::random(32).constantTimeEquals(SecureBuffer::random(32)));
}
