#include "models/io/documentbuffer.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace argline {

DocumentBuffer::~DocumentBuffer()
{
    if (m_mapped)
        m_file.unmap(m_mapped);
}

bool DocumentBuffer::open(const QString &path, qint64 maxSize, QString *error)
{
    m_file.setFileName(path);
    // A device or a pipe reports no size, so the limit below could not hold: refuse it.
    if (const QFileInfo info(path); info.exists() && !info.isFile() && !path.startsWith(u':')) {
        *error = QCoreApplication::translate("argline::DocumentBuffer", "not a regular file");
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = m_file.errorString();
        return false;
    }
    const qint64 size = m_file.size();
    if (size > maxSize) {
        *error = QCoreApplication::translate("argline::DocumentBuffer", "the file is larger than %1 MB")
                     .arg(maxSize >> 20);
        return false;
    }
    if (size > 0)
        m_mapped = m_file.map(0, size);
    if (m_mapped) {
        m_mappedSize = size;
        return true;
    }
    m_data = m_file.readAll(); // not mappable (e.g. a compressed resource): read it
    if (m_file.error() != QFileDevice::NoError) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

void DocumentBuffer::releaseBefore(qint64 offset)
{
#ifdef Q_OS_LINUX
    static const qint64 pageSize = sysconf(_SC_PAGESIZE);
    constexpr qint64 batch = 8 * 1024 * 1024; // release in large steps: madvise is a system call
    if (!m_mapped || offset - m_released < batch)
        return;
    const qint64 end = offset / pageSize * pageSize;
    madvise(m_mapped + m_released, size_t(end - m_released), MADV_DONTNEED);
    m_released = end;
#else
    Q_UNUSED(offset)
#endif
}

} // namespace argline
