#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace argline {

// The bytes of a document being parsed, read in chunks into a window that holds only what the parser may
// still look at (the record being read), so memory stays proportional to the largest record. A file is
// never memory-mapped: a mapped file truncated by an editor or a generator during the read killed the
// reader with SIGBUS. Instead a file that shrinks, grows or is rewritten while it is read is detected
// (changed()), and the reader reports that instead of a corpus.
//
// Diagnostics found after the parse need bytes that have left the window (to count lines and columns, or
// to find a JSON path inside one record): read() fetches them again from the file and checks each 64 KB
// block against the checksum taken on the first read, so a diagnostic is never placed in bytes the parse
// did not see.
class DocumentBuffer final
{
    Q_DISABLE_COPY_MOVE(DocumentBuffer)

public:
    DocumentBuffer() = default;
    // A document already in memory (the window is the whole of it).
    explicit DocumentBuffer(QByteArray data);
    ~DocumentBuffer();

    // Opens `path`: a regular file, or a Qt resource (":/..."), which is read whole. On failure returns
    // false and sets *error. A file larger than `maxSize` is refused.
    bool open(const QString &path, qint64 maxSize, QString *error);

    // The document's size when it was opened.
    qint64 size() const { return m_size; }

    // The window: bytes [windowStart(), windowEnd()) of the document, at windowData().
    const char *windowData() const { return isFile() ? m_window.constData() : m_whole.constData(); }
    qint64 windowStart() const { return m_windowStart; }
    qint64 windowEnd() const { return isFile() ? m_windowStart + m_window.size() : m_size; }
    // Reads the next chunk into the window, dropping the bytes before `keepFrom` when that saves memory
    // (windowData() may move). Returns false when there is nothing more: the end of the document, or of
    // the file when it shrank meanwhile (then changed() is true).
    bool extend(qint64 keepFrom);

    // Starts reading again from the first byte (for a second parse). Blocks read again are checked
    // against the first read, so a file that changed in between is noticed (changed()).
    void rewind();

    // The bytes [from, to), from the window or read again from the file. False when the file no longer
    // holds what was read the first time.
    bool read(qint64 from, qint64 to, QByteArray *out);

    struct LineColumn
    {
        int line = 0;
        int column = 0;
    };
    // The line and column (in characters, from 1) of each offset, counted over the bytes as they were
    // first read; empty when the file changed meanwhile.
    QList<LineColumn> lineColumns(const QList<qint64> &offsets);

    // Whether the file changed since it was opened: it shrank or grew during the read, its size or
    // timestamps changed, or bytes read again differ from the first read. (A file replaced by another one,
    // as editors save, is not a change: the one that was opened is still read whole.)
    bool changed();

    // Whether the first bytes look like UTF-16: a byte-order mark, or a NUL beside the first character,
    // as every ASCII character has in UTF-16.
    static bool looksLikeUtf16(const char *data, qint64 size);

    enum class FileStatus : quint8
    {
        Ok,
        Failed,         // cannot be opened or read (*error says why), or changed while it was read
        NotRegularFile, // a directory, a FIFO, a device: refused without blocking on it
        TooLarge        // more than maxSize bytes (*size says how many)
    };
    // Reads a whole file (or a Qt resource, ":/...") of at most `maxSize` bytes into *bytes. On failure
    // sets *error, and *size when the file was too large.
    static FileStatus readWholeFile(const QString &path, qint64 maxSize, QByteArray *bytes, QString *error,
                                    qint64 *size = nullptr);

    static constexpr qint64 blockSize = 64 * 1024; // the unit of the checksums
    static constexpr qint64 chunkSize = 1024 * 1024;

private:
    bool isFile() const { return m_fd >= 0; }
    bool statChanged() const;

    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_read = 0; // bytes of the file read into the window so far
    QByteArray m_window;
    qint64 m_windowStart = 0;
    QByteArray m_whole; // the document, when it is in memory

    // One checksum per block (the last one may be shorter), taken as the bytes arrive.
    QList<quint64> m_checksums;

    // What fstat() said at open.
    struct Identity
    {
        qint64 size = 0;
        qint64 modified = 0; // nanoseconds
        qint64 changed = 0;  // inode change time, nanoseconds
        bool operator==(const Identity &) const = default;
    };
    Identity m_identity;
    bool m_changed = false;
};

} // namespace argline
