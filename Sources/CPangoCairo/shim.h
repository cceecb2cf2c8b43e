// Cairo's PDF surface and the few Pango calls the documents use, declared without glib's
// headers: Pango's need glib's include folders (one arch-specific), which would take
// pkg-config flags into every dependent target (/work/shared/PDF.md). Checked against the
// real headers by `clang -fsyntax-only $(pkg-config --cflags pangocairo) -include
// pango/pangocairo.h -x c Sources/CPangoCairo/shim.h` (a wrong type is "conflicting types").
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>

#ifndef __PANGO_H__
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoContext PangoContext;
typedef struct _PangoFontDescription PangoFontDescription;
typedef enum { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT } PangoAlignment;
typedef enum { PANGO_WRAP_WORD, PANGO_WRAP_CHAR, PANGO_WRAP_WORD_CHAR } PangoWrapMode;
#define PANGO_SCALE 1024
#endif

PangoLayout *pango_cairo_create_layout(cairo_t *cr);
void pango_cairo_update_layout(cairo_t *cr, PangoLayout *layout);
void pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout);
void pango_cairo_context_set_resolution(PangoContext *context, double dpi);
PangoContext *pango_layout_get_context(PangoLayout *layout);
void pango_context_set_round_glyph_positions(PangoContext *context, int round_positions);
void pango_layout_context_changed(PangoLayout *layout);
PangoFontDescription *pango_font_description_from_string(const char *str);
void pango_font_description_free(PangoFontDescription *desc);
void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc);
void pango_layout_set_text(PangoLayout *layout, const char *text, int length);
void pango_layout_set_width(PangoLayout *layout, int width);
void pango_layout_set_alignment(PangoLayout *layout, PangoAlignment alignment);
void pango_layout_set_wrap(PangoLayout *layout, PangoWrapMode wrap);
void pango_layout_get_size(PangoLayout *layout, int *width, int *height);
void g_object_unref(void *object);
