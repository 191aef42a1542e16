#pragma once

#include <QList>
#include <QRect>

#include <optional>

namespace argline {

// Which screen shows the audience view and which the presenter view. With one screen, the audience view
// only. With more, the presenter view stays where the window already is (the laptop), and the audience
// view goes to the largest other screen (the projector), the primary one only if nothing else is as large.
struct PresentationScreens
{
    struct Screen
    {
        QRect geometry;
        bool primary = false;
    };

    int audience = -1;
    std::optional<int> presenter;

    // `windowScreen`: the screen the main window is on (-1 when unknown: the primary is assumed).
    static PresentationScreens choose(const QList<Screen> &screens, int windowScreen);
};

} // namespace argline
