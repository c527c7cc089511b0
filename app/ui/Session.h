#pragma once
// The signed-in session every page works with: the open database and the acting user that each
// service call carries.

#include "model/User.h"

namespace dsr {

class Database;

struct Session
{
    Database &database;
    Actor actor;
};

} // namespace dsr
