# cmake -P: embeds a template file into a C++ source as a raw string (IN, OUT, SYMBOL).
file(READ ${IN} content)
string(FIND "${content}" ")BARGE_TEMPLATE\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter")
endif()
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\nnamespace barge::reports {\nextern const char* const ${SYMBOL};\nconst char* const ${SYMBOL} = R\"BARGE_TEMPLATE(${content})BARGE_TEMPLATE\";\n}\n")
