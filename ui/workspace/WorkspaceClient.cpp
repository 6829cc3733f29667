// WorkspaceClient is an interface; this file gives its moc output a home.
#include "workspace/WorkspaceClient.h"
