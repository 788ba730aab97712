// SPDX-License-Identifier: LicenseRef-Sportello
// Salted, slow password hashes (PBKDF2-HMAC-SHA256) for console users.
#pragma once

#include <optional>

#include <QString>

namespace sportello::agents {

// Stored form: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", 16-byte salt, 32-byte
// hash. Hashing is slow on purpose (about 0.1 s at the default count): never call hash() or
// verify() on an event loop thread that serves other clients.
// The iteration count is part of the stored string, so raising the default later keeps old
// hashes verifiable (needsRehash() says when to upgrade one).
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 210000;
    // OWASP's floor for PBKDF2-HMAC-SHA256 is 210,000 (2023); the issue asks for >= 200,000.
    static constexpr int kMinimumIterations = 200000;
    // A stored count above this is treated as corrupt rather than spending minutes on it.
    static constexpr int kMaximumIterations = 10000000;

    // Throws std::invalid_argument below kMinimumIterations.
    explicit PasswordHasher(int iterations = kDefaultIterations);
    // Cheap hashes so test suites stay fast; never use outside tests.
    static PasswordHasher insecureForTests(int iterations = 1000);

    int iterations() const { return m_iterations; }

    QString hash(const QString &password) const;
    // Reads the iteration count and salt from `stored`; false for a malformed `stored`.
    // The comparison takes the same time wherever the hashes differ.
    bool verify(const QString &password, const QString &stored) const;
    // Spends the time of a verification without a stored hash, so that an unknown user name
    // cannot be told from a wrong password by how long the answer takes.
    void verifyNothing(const QString &password) const;
    // True when `stored` uses fewer iterations than this hasher (or cannot be read).
    bool needsRehash(const QString &stored) const;

    static std::optional<int> iterationsOf(const QString &stored);

private:
    struct Unchecked
    {
    };
    PasswordHasher(int iterations, Unchecked);

    int m_iterations;
};

} // namespace sportello::agents
