// Comparing secrets (signatures, MACs) without leaking through timing how many leading bytes matched.
// Qt has no public constant-time comparison, and this is the only one Pulse needs: a few lines,
// shared by every signed thing (download links, session tokens).
#pragma once

#include <QByteArrayView>

namespace pulse {

// True when both hold the same bytes. The time taken depends only on the length of expected.
bool equalInConstantTime(QByteArrayView expected, QByteArrayView given);

} // namespace pulse
