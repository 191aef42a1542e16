#pragma once

#include "models/corpus/corpus.h"

#include <QByteArray>

namespace argline::test {

// A deterministic synthetic corpus with realistic text lengths, for benchmarks and property tests. The
// same spec gives the same corpus on every machine (it uses its own PRNG, not <random>'s distributions,
// whose results differ between standard libraries).
struct SyntheticSpec
{
    int events = 1000;
    int arguments = 200;
    int articles = 40;
    int claims = 4;
    int firstYear = 1950;
    int lastYear = 2025;
    quint64 seed = 1;
};

Corpus makeSyntheticCorpus(const SyntheticSpec &spec);
// The same corpus as JSON (article texts inline), as CorpusWriter writes it.
QByteArray makeSyntheticCorpusJson(const SyntheticSpec &spec);

// splitmix64: small, fast, and identical everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [low, high].
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 m_state;
};

} // namespace argline::test
