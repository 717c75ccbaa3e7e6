# Writes the barge_compat .sql files into one C++ source (run by converter/CMakeLists.txt at
# build time): cmake -DOUT=<file.cpp> -DSQL_FILES=<a.sql;b.sql> -P embed_sql.cmake
set(delim "barge_sql")
set(body "")
foreach(f IN LISTS SQL_FILES)
  file(READ "${f}" text)
  string(FIND "${text}" ")${delim}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${f} contains the raw-string delimiter )${delim}\"")
  endif()
  get_filename_component(name "${f}" NAME)
  string(APPEND body "    {\"${name}\", R\"${delim}(${text})${delim}\"},\n")
endforeach()
file(WRITE "${OUT}.tmp"
     "// Generated from converter/compat/*.sql by converter/compat/embed_sql.cmake: do not edit.\n"
     "#include \"converter/compat/embedded_sql.h\"\n\n"
     "namespace barge::converter::compat {\n\n"
     "std::span<const EmbeddedSqlFile> embeddedSqlFiles() {\n"
     "  static const EmbeddedSqlFile kFiles[] = {\n${body}  };\n"
     "  return kFiles;\n}\n\n}  // namespace barge::converter::compat\n")
# Only touch the output when it changed, so an unchanged .sql set does not recompile.
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
