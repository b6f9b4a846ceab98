#include "Sql.h"

#include <utility>

namespace rs::pricing::sql {

Done Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.errors();
        if (!more.value())
            return std::monostate{};
    }
}

Done Connection::execute(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.errors();
    return stmt.value().run();
}

Result<Transaction> Transaction::begin(Connection& db, TransactionMode mode)
{
    const bool nested = db.inTransaction();
    if (auto done = nested ? db.execute("SAVEPOINT nested") : db.begin(mode); !done)
        return done.errors();
    return Transaction(db, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_nested(other.m_nested)
{}

Transaction::~Transaction()
{
    if (m_db && m_nested) {
        (void)m_db->execute("ROLLBACK TO nested");
        (void)m_db->execute("RELEASE nested");
    } else if (m_db)
        (void)m_db->execute("ROLLBACK");
}

Done Transaction::commit()
{
    auto done = m_db->execute(m_nested ? "RELEASE nested" : "COMMIT");
    if (done)
        m_db = nullptr;
    return done;
}

} // namespace rs::pricing::sql
