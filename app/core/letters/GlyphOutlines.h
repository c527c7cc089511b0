#pragma once
// Embedding a font in a letter's PDF: without TrueType hinting, and without 65,536 cmap searches.
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
//
// The PDF's ToUnicode map costs more still: QFontSubset::getReverseMap asks the font engine for
// the glyph of every code point of the Basic Multilingual Plane, 65,536 calls to
// FT_Get_Char_Index (a binary search in the cmap each), for every letter. The same translation
// unit defines FT_Get_Char_Index too: a face asked for more than a few thousand code points of
// one charmap gets a table of that charmap's BMP, filled by FreeType's own function, and answers
// from it. A table belongs to its face and charmap and is dropped when the face is done with
// (FT_Done_Face, FT_Done_FreeType); every answer is the one FreeType gave.

namespace dsr::GlyphOutlines {

// Whether the programs' calls to FT_Load_Glyph reach the wrapper (false where it is not built,
// or when something else took the symbol first). Referencing it also links the wrapper in.
bool unhintedEmbedding();
// Whether the programs' calls to FT_Get_Char_Index reach the caching wrapper.
bool cachedCharIndex();

} // namespace dsr::GlyphOutlines
