# The compile policy every Uptake target links: language level, warnings and Qt's safety macros.
add_library(uptake_policy INTERFACE)
target_compile_features(uptake_policy INTERFACE cxx_std_20)
target_compile_definitions(uptake_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    UPTAKE_VERSION="${PROJECT_VERSION}")
target_compile_options(uptake_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
if(UPTAKE_WERROR)
    target_compile_options(uptake_policy INTERFACE -Werror)
endif()
