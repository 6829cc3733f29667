#include "core/Clock.h"

namespace pulse {

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace pulse
