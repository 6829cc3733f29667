#include "core/ConstantTime.h"

namespace pulse {

bool equalInConstantTime(QByteArrayView expected, QByteArrayView given)
{
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ (i < given.size() ? given[i] : 0));
    return difference == 0;
}

} // namespace pulse
