#include "models/present/presentationscreens.h"

namespace argline {

PresentationScreens PresentationScreens::choose(const QList<Screen> &screens, int windowScreen)
{
    PresentationScreens chosen;
    if (screens.isEmpty())
        return chosen;
    if (windowScreen < 0 || windowScreen >= screens.size()) {
        windowScreen = 0;
        for (int i = 0; i < screens.size(); ++i) {
            if (screens[i].primary)
                windowScreen = i;
        }
    }
    if (screens.size() == 1) {
        chosen.audience = 0;
        return chosen;
    }
    const auto area = [&](int i) {
        return qint64(screens[i].geometry.width()) * screens[i].geometry.height();
    };
    for (int i = 0; i < screens.size(); ++i) {
        if (i == windowScreen)
            continue;
        // Larger wins; at equal size, a non-primary screen (projectors rarely are primary).
        if (chosen.audience < 0 || area(i) > area(chosen.audience) ||
            (area(i) == area(chosen.audience) && screens[chosen.audience].primary && !screens[i].primary))
            chosen.audience = i;
    }
    chosen.presenter = windowScreen;
    return chosen;
}

} // namespace argline
