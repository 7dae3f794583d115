#include "core/common/SecureBuffer.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace tideline {

namespace {

std::uint8_t* allocate(std::size_t size)
{
    if (size == 0) {
        return nullptr;
    }
    if (!ensureSodium()) {
        std::abort(); // no safe place for a secret: better to stop than to leak
    }
    auto* p = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!p) {
        throw std::bad_alloc(); // out of memory is not a condition core/ can report sensibly
    }
    sodium_memzero(p, size);
    return p;
}

} // namespace

SecureBuffer::SecureBuffer(std::size_t size) : m_data(allocate(size)), m_size(size)
{}

SecureBuffer::SecureBuffer(const void* data, std::size_t size) : SecureBuffer(size)
{
    if (size > 0) {
        std::memcpy(m_data, data, size);
    }
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (size > 0) {
        randombytes_buf(buffer.m_data, size);
    }
    return buffer;
}

void SecureBuffer::append(const void* data, std::size_t size)
{
    if (size == 0) {
        return;
    }
    SecureBuffer grown(m_size + size);
    if (m_size > 0) {
        std::memcpy(grown.m_data, m_data, m_size);
    }
    std::memcpy(grown.m_data + m_size, data, size);
    *this = std::move(grown); // the old allocation is wiped by sodium_free
}

void SecureBuffer::chop(std::size_t n)
{
    if (n >= m_size) {
        clear();
        return;
    }
    sodium_memzero(m_data + m_size - n, n);
    SecureBuffer shorter(m_data, m_size - n);
    *this = std::move(shorter);
}

void SecureBuffer::wipe()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
    }
}

void SecureBuffer::clear()
{
    if (m_data) {
        sodium_free(m_data); // zeroes the memory before releasing it
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBuffer::constantTimeEquals(const SecureBuffer& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace tideline
