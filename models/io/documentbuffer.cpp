#include "models/io/documentbuffer.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <sys/stat.h>
#include <unistd.h>

namespace argline {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString tooLarge(qint64 maxSize)
{
    return QCoreApplication::translate("argline::DocumentBuffer", "the file is larger than %1 MB")
        .arg(maxSize >> 20);
}

// A fast 64-bit checksum (four independent multiply-xor lanes). It only has to notice that a block read
// again differs from the first read, not resist an attacker: whoever can change the file can change it
// into anything anyway.
quint64 checksum(const char *data, qint64 size)
{
    constexpr quint64 k = 0x9E3779B97F4A7C15ULL;
    quint64 lanes[4] = {k, k ^ 1, k ^ 2, k ^ 3};
    qint64 i = 0;
    for (; i + 32 <= size; i += 32) {
        quint64 words[4];
        std::memcpy(words, data + i, sizeof(words));
        for (int lane = 0; lane < 4; ++lane) {
            const quint64 h = (lanes[lane] ^ words[lane]) * 0xFF51AFD7ED558CCDULL;
            lanes[lane] = h ^ (h >> 29);
        }
    }
    quint64 h = quint64(size);
    for (const quint64 lane : lanes)
        h = (h ^ lane) * k;
    for (; i < size; ++i)
        h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001B3ULL;
    return h ^ (h >> 31);
}

qint64 nanoseconds(const timespec &time)
{
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

// Reads up to `size` bytes at `offset`, retrying short reads; returns the count, or -1 with errno set.
qint64 readAt(int fd, char *into, qint64 size, qint64 offset)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, into + done, size_t(size - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

// Opens a regular file without blocking: a FIFO opened for reading would wait for a writer forever.
int openRegularFile(const QString &path, struct stat *info, QString *error, bool *notRegular)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = systemError(errno);
        return -1;
    }
    if (::fstat(fd, info) != 0 || !S_ISREG(info->st_mode)) {
        *error = QCoreApplication::translate("argline::DocumentBuffer", "not a regular file");
        *notRegular = true;
        ::close(fd);
        return -1;
    }
    return fd;
}

bool isResource(const QString &path)
{
    return path.startsWith(u':');
}

DocumentBuffer::FileStatus readResource(const QString &path, qint64 maxSize, QByteArray *bytes,
                                        QString *error, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return DocumentBuffer::FileStatus::Failed;
    }
    *size = file.size();
    if (file.size() > maxSize) {
        *error = tooLarge(maxSize);
        return DocumentBuffer::FileStatus::TooLarge;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return DocumentBuffer::FileStatus::Failed;
    }
    return DocumentBuffer::FileStatus::Ok;
}

} // namespace

DocumentBuffer::DocumentBuffer(QByteArray data)
    : m_size(data.size())
    , m_whole(std::move(data))
{}

DocumentBuffer::~DocumentBuffer()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DocumentBuffer::open(const QString &path, qint64 maxSize, QString *error)
{
    if (isResource(path))
        return readResource(path, maxSize, &m_whole, error, &m_size) == FileStatus::Ok;
    struct stat info;
    bool notRegular = false;
    m_fd = openRegularFile(path, &info, error, &notRegular);
    if (m_fd < 0)
        return false;
    m_size = info.st_size;
    if (m_size > maxSize) {
        *error = tooLarge(maxSize);
        return false;
    }
    m_identity = {m_size, nanoseconds(info.st_mtim), nanoseconds(info.st_ctim)};
    m_checksums.reserve((m_size + blockSize - 1) / blockSize);
    return true;
}

bool DocumentBuffer::extend(qint64 keepFrom)
{
    if (!isFile() || m_read >= m_size || m_changed) // in memory, the window is the whole document
        return false;

    // Drop what the parser no longer needs when it is at least half the window; otherwise grow.
    const qint64 drop = std::clamp<qint64>(keepFrom - m_windowStart, 0, m_window.size());
    if (drop > 0 && drop * 2 >= m_window.size()) {
        m_window.remove(0, drop);
        m_windowStart += drop;
    }
    const qint64 want = std::min(chunkSize, m_size - m_read);
    const qsizetype old = m_window.size();
    m_window.resize(old + want); // uninitialised: read() fills it
    const qint64 got = readAt(m_fd, m_window.data() + old, want, m_read);
    if (got < want) { // the file shrank (or a read failed) while it was read
        m_window.resize(old + std::max<qint64>(got, 0));
        m_changed = true;
        return false;
    }
    // Reads start at multiples of chunkSize, a multiple of blockSize: every block arrives whole. Blocks
    // read a second time must match the first read.
    for (qint64 at = 0; at < got; at += blockSize) {
        const quint64 sum = checksum(m_window.constData() + old + at, std::min(blockSize, got - at));
        const qsizetype block = (m_read + at) / blockSize;
        if (block < m_checksums.size() && m_checksums[block] != sum) {
            m_changed = true;
            return false;
        }
        if (block == m_checksums.size())
            m_checksums.append(sum);
    }
    m_read += got;
    return true;
}

void DocumentBuffer::rewind()
{
    if (!isFile())
        return;
    m_window.clear();
    m_windowStart = 0;
    m_read = 0;
}

bool DocumentBuffer::read(qint64 from, qint64 to, QByteArray *out)
{
    from = std::clamp<qint64>(from, 0, m_size);
    to = std::clamp<qint64>(to, from, m_size);
    out->clear();
    if (from >= windowStart() && to <= windowEnd()) {
        out->append(windowData() + (from - m_windowStart), to - from);
        return true;
    }
    out->reserve(to - from);
    QByteArray block(blockSize, Qt::Uninitialized);
    for (qint64 index = from / blockSize; index * blockSize < to; ++index) {
        const qint64 start = index * blockSize;
        const qint64 length = std::min(blockSize, m_size - start);
        if (index >= m_checksums.size() || readAt(m_fd, block.data(), length, start) != length ||
            checksum(block.constData(), length) != m_checksums[index]) {
            m_changed = true;
            return false;
        }
        const qint64 begin = std::max(from, start);
        const qint64 end = std::min(to, start + length);
        out->append(block.constData() + (begin - start), end - begin);
    }
    return true;
}

QList<DocumentBuffer::LineColumn> DocumentBuffer::lineColumns(const QList<qint64> &offsets)
{
    QList<qsizetype> order(offsets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return offsets[a] < offsets[b]; });

    QList<LineColumn> result(offsets.size());
    QByteArray bytes;
    qint64 position = 0;
    int line = 1;
    int column = 1;
    for (qsizetype i : order) {
        const qint64 target = std::clamp<qint64>(offsets[i], 0, m_size);
        while (position < target) {
            // A block at a time, from the window when it is still there, else read again and verified.
            const qint64 end = std::min(target, (position / blockSize + 1) * blockSize);
            const char *data = nullptr;
            if (position >= windowStart() && end <= windowEnd()) {
                data = windowData() + (position - windowStart());
            } else {
                if (!read(position, end, &bytes))
                    return {};
                data = bytes.constData();
            }
            for (qint64 k = 0; k < end - position; ++k) {
                const auto byte = static_cast<unsigned char>(data[k]);
                if (byte == '\n') {
                    ++line;
                    column = 1;
                } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                    ++column;
                }
            }
            position = end;
        }
        result[i] = {line, column};
    }
    return result;
}

bool DocumentBuffer::statChanged() const
{
    struct stat info;
    if (::fstat(m_fd, &info) != 0)
        return true;
    const Identity now{info.st_size, nanoseconds(info.st_mtim), nanoseconds(info.st_ctim)};
    return !(now == m_identity);
}

bool DocumentBuffer::changed()
{
    if (isFile() && !m_changed)
        m_changed = statChanged();
    return m_changed;
}

bool DocumentBuffer::looksLikeUtf16(const char *data, qint64 size)
{
    if (size < 2)
        return false;
    const auto byte = [&](int i) { return static_cast<unsigned char>(data[i]); };
    const bool bom = (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF);
    return bom || byte(0) == 0 || byte(1) == 0;
}

DocumentBuffer::FileStatus DocumentBuffer::readWholeFile(const QString &path, qint64 maxSize,
                                                         QByteArray *bytes, QString *error, qint64 *size)
{
    qint64 ignored = 0;
    if (!size)
        size = &ignored;
    if (isResource(path))
        return readResource(path, maxSize, bytes, error, size);
    struct stat info;
    bool notRegular = false;
    const int fd = openRegularFile(path, &info, error, &notRegular);
    if (fd < 0)
        return notRegular ? FileStatus::NotRegularFile : FileStatus::Failed;
    *size = info.st_size;
    FileStatus status = FileStatus::Ok;
    if (info.st_size > maxSize) {
        *error = tooLarge(maxSize);
        status = FileStatus::TooLarge;
    } else {
        // Read one byte more than the size: a file that grows meanwhile must not be read without end.
        bytes->resize(qsizetype(info.st_size + 1));
        const qint64 got = readAt(fd, bytes->data(), info.st_size + 1, 0);
        if (got < 0) {
            *error = systemError(errno);
            status = FileStatus::Failed;
        } else if (got != info.st_size) {
            *error = QCoreApplication::translate("argline::DocumentBuffer",
                                                 "the file changed while it was being read");
            status = FileStatus::Failed;
        } else {
            bytes->resize(qsizetype(got));
        }
    }
    ::close(fd);
    if (status != FileStatus::Ok)
        bytes->clear();
    return status;
}

} // namespace argline
