package io.cloudops.jenkins.console;

import io.cloudops.jenkins.TestServices;
import java.util.Map;

/** The console API through the Jenkins action's Stapler entry point. */
class JenkinsConsoleContractTest extends ConsoleApiContract {

  private CloudOpsConsoleAction action;

  @Override
  protected void startHost() {
    action =
        new CloudOpsConsoleAction(new TestServices(jenkins).with(stores), Runnable::run, Map.of());
  }

  @Override
  protected Answer get(String path) throws Exception {
    StaplerExchange exchange = new StaplerExchange("GET", path);
    action.doApi(exchange.request(), exchange.response());
    return new Answer(exchange.status, json(exchange.text()));
  }

  @Override
  protected void stopHost() {
    action.close();
  }
}
