#include "cli/visibleutf8.h"

#include "core/domain/validation.h"

#include <QString>
#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mlp::cli {

namespace {

// The first byte at or after `p` that is not printable ASCII, a line feed, a carriage return or
// a tab, looked for 16 bytes at a time; `p` itself when that cannot be done here.
const uchar *skipPlainAscii(const uchar *p, const uchar *end)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i del = _mm_set1_epi8(0x7F);
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Compared as signed bytes, so "below a space" also holds every byte from 0x80.
        const __m128i kept
            = _mm_or_si128(_mm_cmpeq_epi8(v, lineFeed),
                           _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, carriageReturn)));
        const __m128i other = _mm_or_si128(_mm_andnot_si128(kept, _mm_cmplt_epi8(v, space)),
                                           _mm_cmpeq_epi8(v, del));
        if (const int mask = _mm_movemask_epi8(other); mask != 0)
            return p + qCountTrailingZeroBits(uint(mask)); // the first byte that is not plain
        p += 16;
    }
#else
    Q_UNUSED(end);
#endif
    return p;
}

// The length of the visible UTF-8 sequence at `p` (one character), or 0 when it is not one.
int visibleSequence(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    if (c < 0x80)
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F ? 0 : 1;
    int following = 0;
    char32_t code = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        following = 1;
        code = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        following = 2;
        code = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        following = 3;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (end - p <= following)
        return 0;
    for (int i = 1; i <= following; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    const bool overlong = (following == 2 && code < 0x800) || (following == 3 && code < 0x10000);
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    const bool c1Control = code >= 0x80 && code <= 0x9F;
    if (overlong || surrogate || c1Control || code > 0x10FFFF)
        return 0;
    return following + 1;
}

} // namespace

bool isVisibleUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p < end) {
        p = skipPlainAscii(p, end);
        if (p == end)
            break;
        const int length = visibleSequence(p, end);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

QByteArray visibleUtf8(const QByteArray &bytes)
{
    if (isVisibleUtf8(bytes))
        return bytes;
    return visibleText(QString::fromUtf8(bytes), true).toUtf8();
}

} // namespace mlp::cli
