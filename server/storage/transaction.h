// SPDX-License-Identifier: LicenseRef-Sportello
// RAII transaction scope over a SqlConnection.
#pragma once

namespace sportello::storage {

class SqlConnection;

// Rolls back unless commit() was called: every unit of work is all or nothing.
class Transaction
{
public:
    enum class Mode
    {
        Write,
        Read,
    };
    explicit Transaction(SqlConnection &connection, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    SqlConnection &connection() { return m_connection; }

private:
    SqlConnection &m_connection;
    bool m_done = false;
};

} // namespace sportello::storage
