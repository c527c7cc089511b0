# Build speed on the two-core machines that build this project (CI's whole run must stay under
# 45 minutes, Debug and ASan builds included).
#
# Linking: GNU gold links the Debug test programs (each carries dsrcore's debug information)
# about twice as fast as the default linker. It honours --export-dynamic-symbol, which the
# letter font's FreeType wrappers need (core/letters/GlyphOutlines.h).
option(DSR_GOLD_LINKER "Link with GNU gold where available (Linux, GCC)" ON)
if(DSR_GOLD_LINKER AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  find_program(DSR_LD_GOLD ld.gold)
  if(DSR_LD_GOLD)
    add_link_options(-fuse-ld=gold)
  endif()
endif()

# Precompiled headers for the targets with many translation units: the Qt and standard headers
# nearly every file of the target includes. Parsed once per target instead of once per file.
option(DSR_PRECOMPILED_HEADERS "Precompile the common Qt headers of dsrcore, dsrui and dsrctl" ON)
set(DSR_PCH_CORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QMap> <QRegularExpression> <QSet> <QSqlError> <QSqlQuery> <QString>
    <QStringList> <QVariant> <functional> <memory> <optional> <vector>)
set(DSR_PCH_WIDGETS
    <QComboBox> <QDialog> <QHBoxLayout> <QLabel> <QLineEdit> <QMessageBox> <QPushButton>
    <QTableView> <QVBoxLayout> <QWidget>)
function(dsr_precompile target)
  if(DSR_PRECOMPILED_HEADERS)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()
