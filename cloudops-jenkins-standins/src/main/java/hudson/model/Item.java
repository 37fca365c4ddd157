package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.cloudops.standins.StandIns;

/** Stand-in: a named, access-controlled item (job, folder). */
public interface Item extends AccessControlled {

  Permission CONFIGURE = StandIns.permission("hudson.model.Item.Configure");
  Permission READ = StandIns.permission("hudson.model.Item.Read");
  Permission EXTENDED_READ = StandIns.permission("hudson.model.Item.ExtendedRead");
  Permission BUILD = StandIns.permission("hudson.model.Item.Build");

  String getName();

  String getFullName();
}
