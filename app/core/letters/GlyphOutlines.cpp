#include "GlyphOutlines.h"

#if defined(DSR_UNHINTED_GLYPH_OUTLINES)

#include <ft2build.h>
#include FT_FREETYPE_H

#include <dlfcn.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

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

// ---- FT_Get_Char_Index: a table per face and charmap that is asked for many code points ----

using CharIndex = FT_UInt (*)(FT_Face, FT_ULong);
using DoneFace = FT_Error (*)(FT_Face);
using DoneLibrary = FT_Error (*)(FT_Library);

template<typename F> F freetype(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

CharIndex freetypeCharIndex()
{
    static const auto real = freetype<CharIndex>("FT_Get_Char_Index");
    return real;
}

constexpr FT_ULong kPlane = 0x10000; // the code points a table holds: the BMP
constexpr int kTableAfter = 4096; // calls for one face and charmap before it gets a table

struct CmapTable
{
    FT_Face face = nullptr;
    FT_CharMap charmap = nullptr;
    std::vector<FT_UInt> glyphs; // code point → glyph, as FreeType answered
};

// Tables of live faces. `generation` changes whenever a face or library is done with, so that a
// thread's remembered table is never used for a face that may have been freed (and its address
// given to another face).
std::mutex tablesMutex;
std::vector<std::shared_ptr<const CmapTable>> tables;
std::atomic<std::uint64_t> generation { 1 };

// Set when this thread's cache is destroyed (the thread is ending): later calls go to FreeType.
thread_local bool threadCacheGone = false;

// The face this thread asked last, with its table; the reference keeps a table in use alive.
struct ThreadCache
{
    std::uint64_t generation = 0;
    FT_Face face = nullptr;
    FT_CharMap charmap = nullptr;
    std::shared_ptr<const CmapTable> table;
    int calls = 0;
    ~ThreadCache() { threadCacheGone = true; }
};
thread_local ThreadCache lastFace;

std::shared_ptr<const CmapTable> tableFor(FT_Face face, FT_CharMap charmap, bool build, CharIndex real)
{
    const std::lock_guard lock(tablesMutex);
    for (const auto &t : tables)
        if (t->face == face && t->charmap == charmap)
            return t;
    if (!build)
        return nullptr;
    auto t = std::make_shared<CmapTable>();
    t->face = face;
    t->charmap = charmap;
    t->glyphs.resize(kPlane);
    for (FT_ULong code = 0; code < kPlane; ++code)
        t->glyphs[code] = real(face, code);
    tables.push_back(t);
    return t;
}

void forget(FT_Face face)
{
    const std::lock_guard lock(tablesMutex);
    generation.fetch_add(1, std::memory_order_acq_rel);
    std::erase_if(tables, [face](const auto &t) { return !face || t->face == face; });
}

} // namespace

extern "C" FT_UInt FT_Get_Char_Index(FT_Face face, FT_ULong charcode)
{
    const CharIndex real = freetypeCharIndex();
    if (!real)
        return 0;
    if (!face || charcode >= kPlane || !face->charmap || threadCacheGone)
        return real(face, charcode);
    ThreadCache &c = lastFace;
    const std::uint64_t now = generation.load(std::memory_order_acquire);
    if (c.generation != now || c.face != face || c.charmap != face->charmap) {
        c.generation = now;
        c.face = face;
        c.charmap = face->charmap;
        c.table = tableFor(face, face->charmap, false, real);
        c.calls = 0;
    }
    if (!c.table && ++c.calls > kTableAfter)
        c.table = tableFor(face, face->charmap, true, real);
    return c.table ? c.table->glyphs[charcode] : real(face, charcode);
}

extern "C" FT_Error FT_Done_Face(FT_Face face)
{
    static const auto real = freetype<DoneFace>("FT_Done_Face");
    if (face)
        forget(face);
    return real ? real(face) : FT_Err_Unimplemented_Feature;
}

extern "C" FT_Error FT_Done_FreeType(FT_Library library)
{
    static const auto real = freetype<DoneLibrary>("FT_Done_FreeType");
    forget(nullptr); // the library's faces go with it
    return real ? real(library) : FT_Err_Unimplemented_Feature;
}

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

bool cachedCharIndex()
{
    return freetypeCharIndex()
        && dlsym(RTLD_DEFAULT, "FT_Get_Char_Index") == reinterpret_cast<void *>(&FT_Get_Char_Index);
}

} // namespace dsr::GlyphOutlines

#else

namespace dsr::GlyphOutlines {

bool unhintedEmbedding()
{
    return false;
}

bool cachedCharIndex()
{
    return false;
}

} // namespace dsr::GlyphOutlines

#endif
