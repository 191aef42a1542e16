#pragma once

#include <QProxyStyle>

namespace argline {

// Check boxes, in panels and in item views, with an edge that shows on any palette. Fusion draws a
// check box's edge a shade darker than the window colour: on the dark theme's panels that is about 1.2:1,
// and the filter list's boxes all but vanished. This draws the base style's box, then an edge in the
// palette's placeholder-text colour (the theme's muted text: 4.5:1 or more against the window).
class ReadableIndicatorStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace argline
