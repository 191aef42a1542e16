// Hostile input against the real `argline --self-check`, each case in a child process whose CPU time and
// peak memory are measured (wait4): a hundred files built to hurt — malformed, huge, deep, binary,
// repetitive, hostile to quote matching, special files and odd names — and the resource failures of
// issue 17. Every run must end normally (no signal), within generous bounds (10 s of CPU and 1 GiB in a
// release build, scaled for debug and sanitizer builds), and a refused file must be named on every line.
//
// The peak memory of a child includes the test's own at the moment it starts the child (Linux counts it
// across exec), so it is an upper bound; the cases are written to disk first and the test keeps little.
#include "tests/app/hostilecases.h"
#include "tests/support/syntheticcorpus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <functional>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace argline;
using test::Expect;
using test::megabyte;
using Case = test::HostileCase;

namespace {

// Debug builds run the reader unoptimised, sanitizer builds several times slower still.
#if defined(__SANITIZE_ADDRESS__)
constexpr double slowness = 10;
constexpr bool sanitized = true;
#elif defined(ARGLINE_OPTIMISED)
constexpr double slowness = 1;
constexpr bool sanitized = false;
#else
constexpr double slowness = 4;
constexpr bool sanitized = false;
#endif
constexpr double maxCpuSeconds = 10 * slowness;
constexpr double maxRssMb = sanitized ? 3072 : 1024;

struct Run
{
    int exitCode = -1;
    int signal = 0;
    double cpuSeconds = 0;
    double wallSeconds = 0;
    double maxRssMb = 0;
    QString out;
    QString err;
};

// Runs the argline binary in `dir` with `arguments`, optionally under an address-space limit.
Run runArgline(const QString &dir, const QStringList &arguments, rlim_t addressSpace = 0)
{
    const QByteArray binary = QFile::encodeName(QStringLiteral(ARGLINE_BINARY));
    QList<QByteArray> args{binary};
    for (const QString &argument : arguments)
        args.append(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : args)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray outPath = QFile::encodeName(dir + u"/.out"_s);
    const QByteArray errPath = QFile::encodeName(dir + u"/.err"_s);
    const QByteArray cwd = QFile::encodeName(dir);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (chdir(cwd.constData()) != 0)
            _exit(120);
        const int out = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(121);
        if (addressSpace) {
            const rlimit limit{addressSpace, addressSpace};
            setrlimit(RLIMIT_AS, &limit);
        }
        unsetenv("DISPLAY");
        unsetenv("WAYLAND_DISPLAY");
        unsetenv("QT_QPA_PLATFORM");
        execv(argv[0], argv.data());
        _exit(122);
    }
    Run run;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (timer.elapsed() > 300000) { // a hang: stop it, and fail below
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        usleep(5000);
    }
    run.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.maxRssMb = double(usage.ru_maxrss) / 1024.0;
    QFile out(dir + u"/.out"_s);
    QFile err(dir + u"/.err"_s);
    if (out.open(QIODevice::ReadOnly))
        run.out = QString::fromUtf8(out.readAll());
    if (err.open(QIODevice::ReadOnly))
        run.err = QString::fromUtf8(err.readAll());
    run.err.remove(QRegularExpression(u"QStandardPaths: XDG_RUNTIME_DIR[^\n]*\n"_s));
    return run;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void survives_data();
    void survives();
    void cleanupTestCase();
    void outOfMemoryIsAnError();
    void warningsDoNotParseTheFileAgain();

private:
    QList<Case> m_cases;
    struct Outcome
    {
        QString name;
        QString result;
        double cpuSeconds;
        double maxRssMb;
    };
    QList<Outcome> m_outcomes;
};

void TestHostileInput::initTestCase()
{
    m_cases = test::hostileCases();
    QVERIFY(m_cases.size() >= 100);
}

void TestHostileInput::survives_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases[i].name)) << i;
}

void TestHostileInput::survives()
{
    QFETCH(int, index);
    const Case &c = m_cases[index];
    QTemporaryDir root;
    // The case lives one folder down, so that "../" and symbolic links have somewhere to point.
    const QString dir = root.filePath(u"corpus"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = c.make(dir);
    // Under a sanitizer the program is many times slower and larger: the big inputs are measured in the
    // other builds, the rest are checked for memory errors here too.
    if (sanitized && QFileInfo(QDir(dir), path).size() > 4 * megabyte)
        QSKIP("a large input, measured in builds without a sanitizer");
    // A name starting with '-' would be read as an option.
    const QString argument = path.startsWith(u'-') ? u"./"_s + path : path;
    const Run run = runArgline(dir, {u"--self-check"_s, argument});

    const QString result = run.signal          ? u"signal %1"_s.arg(run.signal)
                           : run.exitCode == 0 ? u"loads"_s
                           : run.exitCode == 1 ? u"refused"_s
                                               : u"exit %1"_s.arg(run.exitCode);
    m_outcomes.append({c.name, result, run.cpuSeconds, run.maxRssMb});
    const QString detail = u"%1 in %2 s of CPU, %3 MB; first lines: %4"_s.arg(result)
                               .arg(run.cpuSeconds, 0, 'f', 2)
                               .arg(run.maxRssMb, 0, 'f', 0)
                               .arg(run.err.left(400) + run.out.left(200));
    QVERIFY2(run.signal == 0, qPrintable(detail));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(detail));
    QVERIFY2(run.cpuSeconds < maxCpuSeconds, qPrintable(detail));
    QVERIFY2(run.maxRssMb < maxRssMb, qPrintable(detail));
    if (c.expect == Expect::Loads)
        QVERIFY2(run.exitCode == 0, qPrintable(detail));
    if (c.expect == Expect::Refused)
        QVERIFY2(run.exitCode == 1, qPrintable(detail));
    if (run.exitCode == 1) {
        // Every diagnostic names the file, and is short enough to read.
        QVERIFY2(run.out.contains(u"INVALID"_s), qPrintable(detail));
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(detail));
        for (const QString &line : lines) {
            QVERIFY2(line.startsWith(argument + u':'), qPrintable(line.left(300)));
            QVERIFY2(line.size() < 2000, qPrintable(line.left(300)));
        }
    }
    if (!c.mustContain.isEmpty())
        QVERIFY2((run.exitCode == 1 ? run.err : run.out).contains(c.mustContain), qPrintable(detail));
}

void TestHostileInput::cleanupTestCase()
{
    if (m_outcomes.isEmpty())
        return;
    const auto worstCpu =
        std::max_element(m_outcomes.begin(), m_outcomes.end(),
                         [](const Outcome &a, const Outcome &b) { return a.cpuSeconds < b.cpuSeconds; });
    const auto worstRss =
        std::max_element(m_outcomes.begin(), m_outcomes.end(),
                         [](const Outcome &a, const Outcome &b) { return a.maxRssMb < b.maxRssMb; });
    int loaded = 0;
    int refused = 0;
    for (const Outcome &outcome : std::as_const(m_outcomes)) {
        loaded += outcome.result == u"loads";
        refused += outcome.result == u"refused";
    }
    qInfo("%lld hostile cases: %d loaded, %d refused, %lld otherwise; most CPU %.2f s (%s), most memory %.0f "
          "MB (%s)",
          m_outcomes.size(), loaded, refused, m_outcomes.size() - loaded - refused, worstCpu->cpuSeconds,
          qPrintable(worstCpu->name), worstRss->maxRssMb, qPrintable(worstRss->name));
}

// Running out of memory is reported as an error, never an abort (std::bad_alloc used to end the process
// with SIGABRT). The address-space limit is lowered until the read, not the start, runs out.
void TestHostileInput::outOfMemoryIsAnError()
{
    if (sanitized)
        QSKIP("AddressSanitizer needs more address space than any limit this test can set");
    QTemporaryDir dir;
    test::SyntheticSpec spec;
    spec.events = 30000;
    spec.arguments = 3000;
    test::writeCase(dir.path(), u"big.json"_s, test::makeSyntheticCorpusJson(spec));
    bool reported = false;
    for (int megabytes = 512; megabytes >= 64 && !reported; megabytes -= 16) {
        const Run run = runArgline(dir.path(), {u"--self-check"_s, u"big.json"_s}, rlim_t(megabytes) << 20);
        QVERIFY2(run.signal == 0, qPrintable(u"killed by signal %1 under %2 MB: %3"_s.arg(run.signal)
                                                 .arg(megabytes)
                                                 .arg(run.err.left(300))));
        if (run.exitCode == 1 && run.err.contains(u"there is not enough memory to read this corpus"_s)) {
            QCOMPARE(run.err, u"big.json: error: there is not enough memory to read this corpus\n"_s);
            reported = true;
        } else if (run.exitCode != 0) {
            break; // the limit now stops the program from starting at all
        }
    }
    QVERIFY2(reported, "no limit made the read run out of memory while the program could start");
}

// A valid file with three warnings was parsed a second time just to place them. Placing them now costs
// next to nothing: the CPU time with warnings stays close to the time without (it was about 1.5 times).
void TestHostileInput::warningsDoNotParseTheFileAgain()
{
    QTemporaryDir dir;
    test::SyntheticSpec spec;
    spec.events = 40000;
    spec.arguments = 4000;
    const QByteArray clean = test::makeSyntheticCorpusJson(spec);
    test::writeCase(dir.path(), u"clean.json"_s, clean);
    // Three articles nothing cites: three warnings, each at the start of its record.
    QByteArray warned = clean;
    const qsizetype articles = warned.indexOf("\"articles\": [") + 13;
    for (int i = 0; i < 3; ++i) {
        warned.insert(
            articles,
            R"({"id": "unused)" + QByteArray::number(i) +
                R"(", "label": "U", "published": {"value": "2024", "basis": "stated"}, "text": "unused"},)");
    }
    test::writeCase(dir.path(), u"warned.json"_s, warned);
    const auto fastest = [&](const QString &file, const QString &expected) {
        double best = 1e9;
        for (int i = 0; i < 3; ++i) {
            const Run run = runArgline(dir.path(), {u"--self-check"_s, file});
            if (run.exitCode != 0 || !run.out.contains(expected))
                qFatal("%s", qPrintable(run.out + run.err.left(500)));
            best = std::min(best, run.cpuSeconds);
        }
        return best;
    };
    const double withoutWarnings = fastest(u"clean.json"_s, u"0 warnings"_s);
    const double withWarnings = fastest(u"warned.json"_s, u"3 warnings"_s);
    qInfo("self-check: %.2f s of CPU without warnings, %.2f s with three", withoutWarnings, withWarnings);
    QVERIFY2(withWarnings < withoutWarnings * 1.25 + 0.05,
             qPrintable(u"%1 s with warnings, %2 s without"_s.arg(withWarnings).arg(withoutWarnings)));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
