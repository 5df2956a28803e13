#ifndef MAILLINT_CLIBXML2_SHIM_H
#define MAILLINT_CLIBXML2_SHIM_H

/* libxml2's encoding.h pulls in the system ICU headers when LIBXML_ICU_ENABLED is set,
   and they clash with the ICU headers bundled in the toolchain's Foundation
   ("'UErrorCode' has different definitions in different modules"). MailLint never
   touches xmlCharEncodingHandler's ICU fields, so the ICU part is switched off here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#endif
