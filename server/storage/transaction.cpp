// SPDX-License-Identifier: LicenseRef-Sportello
// RAII transaction scope over a SqlConnection.
#include "storage/transaction.h"

#include "storage/sqlconnection.h"
#include "storage/storageerror.h"

namespace sportello::storage {

Transaction::Transaction(SqlConnection &connection, Mode mode)
    : m_connection(connection)
{
    if (mode == Mode::Write)
        m_connection.beginWrite();
    else
        m_connection.beginRead();
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_connection.rollback();
        } catch (const StorageError &) {
            // Nothing more to do: SQLite rolls back an unfinished transaction on close anyway.
        }
    }
}

void Transaction::commit()
{
    m_connection.commit();
    m_done = true;
}

} // namespace sportello::storage
