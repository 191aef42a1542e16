#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace argline {

// The bytes of a document being parsed: memory-mapped when the file allows it, read otherwise. Pages
// already parsed can be released (on Linux), so a 60 MB corpus does not keep 60 MB resident while its
// structs are built; they fault back in from the page cache if a diagnostic needs them.
class DocumentBuffer final
{
    Q_DISABLE_COPY_MOVE(DocumentBuffer)

public:
    DocumentBuffer() = default;
    explicit DocumentBuffer(QByteArray data)
        : m_data(std::move(data))
    {}
    ~DocumentBuffer();

    // Opens `path`; on failure returns false and sets *error.
    bool open(const QString &path, qint64 maxSize, QString *error);

    const char *data() const
    {
        return m_mapped ? reinterpret_cast<const char *>(m_mapped) : m_data.constData();
    }
    qint64 size() const { return m_mapped ? m_mappedSize : m_data.size(); }

    // Tells the system the bytes before `offset` are not needed any more.
    void releaseBefore(qint64 offset);

private:
    QFile m_file;
    uchar *m_mapped = nullptr;
    qint64 m_mappedSize = 0;
    qint64 m_released = 0;
    QByteArray m_data;
};

} // namespace argline
