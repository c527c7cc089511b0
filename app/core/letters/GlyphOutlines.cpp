#include "GlyphOutlines.h"

#if defined(DSR_UNHINTED_GLYPH_OUTLINES)

#include <ft2build.h>
#include FT_FREETYPE_H

#include <dlfcn.h>

namespace {

using LoadGlyph = FT_Error (*)(FT_Face, FT_UInt, FT_Int32);

LoadGlyph freetypeLoadGlyph()
{
    // The next definition after this program's: libfreetype's.
    static const auto real = reinterpret_cast<LoadGlyph>(dlsym(RTLD_NEXT, "FT_Load_Glyph"));
    return real;
}

// The outline load Qt makes for a PDF: no bitmap, nothing else asked for, on a face sized to its
// em (FT_Set_Char_Size(units_per_EM << 6) at 72 dpi, so one pixel per font unit).
bool isEmOutlineLoad(FT_Face face, FT_Int32 flags)
{
    return flags == FT_LOAD_NO_BITMAP && face && FT_IS_SCALABLE(face) && face->size && face->units_per_EM > 0
        && face->size->metrics.x_ppem == face->units_per_EM
        && face->size->metrics.y_ppem == face->units_per_EM;
}

} // namespace

extern "C" FT_Error FT_Load_Glyph(FT_Face face, FT_UInt glyph_index, FT_Int32 load_flags)
{
    const LoadGlyph real = freetypeLoadGlyph();
    if (!real)
        return FT_Err_Unimplemented_Feature;
    if (isEmOutlineLoad(face, load_flags))
        load_flags |= FT_LOAD_NO_HINTING;
    return real(face, glyph_index, load_flags);
}

namespace dsr::GlyphOutlines {

bool unhintedEmbedding()
{
    return freetypeLoadGlyph()
        && dlsym(RTLD_DEFAULT, "FT_Load_Glyph") == reinterpret_cast<void *>(&FT_Load_Glyph);
}

} // namespace dsr::GlyphOutlines

#else

namespace dsr::GlyphOutlines {

bool unhintedEmbedding()
{
    return false;
}

} // namespace dsr::GlyphOutlines

#endif
