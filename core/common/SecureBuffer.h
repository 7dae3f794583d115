#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tideline {

// Bytes that hold a secret (a key, a PIN, a recovery code). The memory comes from
// sodium_malloc: guarded, locked out of swap where the system allows, and wiped on free.
// Move-only, so a secret is never copied by accident; never turn one into a QString.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size); // zero-filled
    SecureBuffer(const void* data, std::size_t size);
    ~SecureBuffer();

    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer fromString(std::string_view text) { return SecureBuffer(text.data(), text.size()); }

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Appends bytes, moving the whole secret into a new guarded allocation and wiping the old.
    void append(const void* data, std::size_t size);
    // Removes the last n bytes (wiping them).
    void chop(std::size_t n);
    // Overwrites the bytes with zeros, keeping the allocation and its size.
    void wipe();
    // Wipes and frees; size becomes 0.
    void clear();

    bool constantTimeEquals(const SecureBuffer& other) const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace tideline
