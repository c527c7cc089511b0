#pragma once
// Embedding a font in a letter's PDF without TrueType hinting.
//
// Qt 6.4 rebuilds every glyph it embeds in a PDF from the glyph's outline at the em size
// (QFontEngineFT::getUnscaledGlyph): FT_Load_Glyph with FT_LOAD_NO_BITMAP on a face set to
// units-per-em pixels. FreeType then runs the font's TrueType bytecode for every glyph — over a
// third of a letter's rendering with BIZ UDMincho — although hinting at that size cannot move a
// point by a whole font unit: the outline is the design outline either way.
//
// This translation unit defines FT_Load_Glyph for the programs that link dsrcore. It hands every
// call to FreeType's own function unchanged, except that exact outline load at the em size, which
// it makes with FT_LOAD_NO_HINTING as well. Text on screen (small sizes, Qt's own load flags) and
// Poppler's rendering are untouched. Linux with FreeType only; elsewhere nothing is defined.

namespace dsr::GlyphOutlines {

// Whether the programs' calls to FT_Load_Glyph reach the wrapper (false where it is not built,
// or when something else took the symbol first). Referencing it also links the wrapper in.
bool unhintedEmbedding();

} // namespace dsr::GlyphOutlines
