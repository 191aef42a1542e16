# The Debian package: `./dev package` (or `cpack` in a configured build folder) makes
# argline_<version>-<release>_<arch>.deb from what `cmake --install` installs. Depends comes from
# dpkg-shlibdeps, so it names the exact Qt 6 libraries the executable links; the fonts the Japanese
# interface and exports need, and Qt's own translations, are recommended.
set(ARGLINE_PACKAGE_MAINTAINER "Argline maintainers <maintainers@argline.invalid>" CACHE STRING
    "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME argline)
set(CPACK_PACKAGE_VENDOR "The Argline authors")
set(CPACK_PACKAGE_CONTACT "${ARGLINE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see how a strategic debate unfolds over time")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# The package is made of the installed files only; nothing in the build folder needs to be current
# beyond what `argline` depends on (./dev package builds just that).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-dejavu-core, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
if(ARGLINE_HOMEPAGE_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ARGLINE_HOMEPAGE_URL}")
endif()
# The extended description (CPack indents it and marks the blank line as Debian wants).
set(CPACK_PACKAGE_DESCRIPTION "Argline shows a debate as it grew: the events on a zoomable timeline, and the
arguments for and against a claim on an argument map, every one backed by
verbatim quotes from its sources. It opens corpora in a documented JSON format,
exports PNG, SVG and PDF, and presents a corpus's story full screen to a class.
The interface is in English and Japanese.

The built-in corpus covers NATO and Japan from 1983 to 2025. Its articles
belong to their publishers and authors and are included as quoted sources
(see /usr/share/doc/argline/copyright).")

include(CPack)
