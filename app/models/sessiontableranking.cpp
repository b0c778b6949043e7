#include "models/sessiontablemodel.h"

#include <QHash>

#include <algorithm>

// Sorting: prepareSort() ranks every row by one column once, so that the proxy's many
// comparisons of 100,000 rows become integer comparisons; compareRows() falls back to
// the raw values when the ranks do not cover the rows.

namespace Dintero::Models {

using enum SessionRow::TextField;

namespace {

template <typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

int SessionTableModel::compareRows(int column, int left, int right) const
{
    if (column == m_sortRankColumn && m_sortRank.size() == m_rows.size())
        return threeWay(m_sortRank[size_t(left)], m_sortRank[size_t(right)]);
    return compareRowData(column, m_rows[size_t(left)], m_rows[size_t(right)]);
}

void SessionTableModel::prepareSort(int column)
{
    if (column < 0 || column >= ColumnCount || m_rows.empty())
        return;
    if (column == m_sortRankColumn && m_sortRank.size() == m_rows.size())
        return;
    TextField textField = TextFieldCount;
    switch (Column(column)) {
    case MerchantReferenceColumn:
        textField = MerchantReferenceField;
        break;
    case MerchantReference2Column:
        textField = MerchantReference2Field;
        break;
    case CustomerNameColumn:
        textField = CustomerNameField;
        break;
    case EmailColumn:
        textField = EmailField;
        break;
    case PhoneColumn:
        textField = PhoneField;
        break;
    case StoreColumn:
        textField = StoreIdField;
        break;
    case TransactionIdColumn:
        textField = TransactionIdField;
        break;
    case SessionIdColumn:
        textField = IdField;
        break;
    default:
        break;
    }
    if (textField != TextFieldCount) {
        rankTexts(textField);
    } else {
        rankNumbers(Column(column));
    }
    m_sortRankColumn = column;
}

// One integer per row that orders as the column does, sorted once with the row numbers.
void SessionTableModel::rankNumbers(Column column)
{
    const size_t count = m_rows.size();
    std::vector<std::pair<qint64, quint32>> keyed(count);
    for (size_t i = 0; i < count; ++i) {
        const Row &row = m_rows[i];
        qint64 key = 0;
        switch (column) {
        case CreatedColumn:
            key = row.createdMs;
            break;
        case ExpiresColumn:
            key = row.expiresMs;
            break;
        case StatusColumn:
            key = qint64(statusOf(row));
            break;
        case AmountColumn:
            // No amount sorts before every amount (InvalidTime is the smallest qint64).
            key = row.hasAmount ? std::max(row.amount, InvalidTime + 1) : InvalidTime;
            break;
        default:
            break;
        }
        keyed[i] = { key, quint32(i) };
    }
    std::sort(keyed.begin(), keyed.end());
    m_sortRank.resize(count);
    quint32 next = 0;
    for (size_t i = 0; i < count; ++i) {
        if (i > 0 && keyed[i - 1].first != keyed[i].first)
            ++next;
        m_sortRank[keyed[i].second] = next;
    }
}

// Equal texts (ignoring case) share a rank, so only the distinct values are sorted: a
// column such as the store or the customer has far fewer of them than rows. Sorting
// 100,000 rows by a text column this way takes a fraction of comparing row against row.
void SessionTableModel::rankTexts(TextField textField)
{
    const size_t count = m_rows.size();
    qsizetype characters = 0;
    for (const Row &row : m_rows)
        characters += row.field(textField).size();
    // Every folded text lives in one buffer, sized up front so the views into it stay valid.
    QString folded(characters, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    std::vector<QStringView> distinct;
    std::vector<quint32> distinctOfRow(count);
    QHash<QStringView, quint32> distinctIds;
    distinctIds.reserve(qsizetype(std::min<size_t>(count, 4096)));
    for (size_t i = 0; i < count; ++i) {
        const char16_t *begin = out;
        const QStringView original = m_rows[i].field(textField);
        for (qsizetype at = 0; at < original.size(); ++at) {
            const char16_t u = original[at].unicode();
            if (u < 0x80) {
                *out++ = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
            } else if (QChar::isHighSurrogate(u) && at + 1 < original.size() && original[at + 1].isLowSurrogate()) {
                // Letters beyond the BMP fold as whole code points, as QString::compare() does;
                // their folded forms are surrogate pairs too, so the length stays.
                const char32_t letter = QChar::toCaseFolded(QChar::surrogateToUcs4(u, original[++at].unicode()));
                *out++ = QChar::highSurrogate(letter);
                *out++ = QChar::lowSurrogate(letter);
            } else {
                *out++ = char16_t(QChar::toCaseFolded(char32_t(u)));
            }
        }
        const QStringView text(begin, out);
        auto it = distinctIds.constFind(text);
        if (it == distinctIds.constEnd()) {
            it = distinctIds.insert(text, quint32(distinct.size()));
            distinct.push_back(text);
        }
        distinctOfRow[i] = *it;
    }
    // Most comparisons are settled by the four characters after the prefix every value
    // shares (the account id of session ids), packed into one integer; whole texts are
    // compared only when those are equal.
    qsizetype common = distinct.front().size();
    for (const QStringView text : distinct) {
        qsizetype same = 0;
        while (same < common && same < text.size() && text[same] == distinct.front()[same])
            ++same;
        common = same;
    }
    const auto at = [](QStringView text, qsizetype i) -> quint64 {
        return i < text.size() ? text[i].unicode() : 0;
    };
    std::vector<quint64> keys(distinct.size());
    for (size_t i = 0; i < distinct.size(); ++i) {
        const QStringView text = distinct[i];
        keys[i]
            = at(text, common) << 48 | at(text, common + 1) << 32 | at(text, common + 2) << 16 | at(text, common + 3);
    }
    std::vector<quint32> order(distinct.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::sort(order.begin(), order.end(), [&distinct, &keys](quint32 a, quint32 b) {
        if (keys[a] != keys[b])
            return keys[a] < keys[b];
        return QtPrivate::compareStrings(distinct[a], distinct[b]) < 0;
    });
    std::vector<quint32> rankOfDistinct(distinct.size());
    for (size_t i = 0; i < order.size(); ++i)
        rankOfDistinct[order[i]] = quint32(i);
    m_sortRank.resize(count);
    for (size_t i = 0; i < count; ++i)
        m_sortRank[i] = rankOfDistinct[distinctOfRow[i]];
}

void SessionTableModel::dropSortRank()
{
    m_sortRank.clear();
    m_sortRank.shrink_to_fit();
    m_sortRankColumn = -1;
}

int SessionTableModel::compareRowData(int column, const Row &a, const Row &b) const
{
    const auto text = [&a, &b](TextField f) {
        return a.field(f).compare(b.field(f), Qt::CaseInsensitive);
    };
    switch (Column(column)) {
    case CreatedColumn:
        return threeWay(a.createdMs, b.createdMs);
    case StatusColumn:
        return threeWay(int(statusOf(a)), int(statusOf(b)));
    case MerchantReferenceColumn:
        return text(MerchantReferenceField);
    case MerchantReference2Column:
        return text(MerchantReference2Field);
    case CustomerNameColumn:
        return text(CustomerNameField);
    case EmailColumn:
        return text(EmailField);
    case PhoneColumn:
        return text(PhoneField);
    case AmountColumn:
        if (a.hasAmount != b.hasAmount)
            return a.hasAmount ? 1 : -1;
        return threeWay(a.amount, b.amount);
    case StoreColumn:
        return text(StoreIdField);
    case TransactionIdColumn:
        return text(TransactionIdField);
    case SessionIdColumn:
        return text(IdField);
    case ExpiresColumn:
        return threeWay(a.expiresMs, b.expiresMs);
    case ColumnCount:
        break;
    }
    return 0;
}

} // namespace Dintero::Models
