package io.cloudops.jenkins.execute

import org.jenkinsci.plugins.workflow.cps.CpsScript

/**
 * cloudopsExecute: asks cloudopsReviewPlan where the plan stands, shows the built-in input once
 * per missing approval (inside timeout), then calls cloudopsRunPlan, inside node(args.node) {}
 * when a node label is given, so that only the run takes an executor. It decides nothing: the two
 * Java steps check the approvals from the flow graph, whatever happens here. Keep the name, the
 * serialVersionUID and this body stable: a build waiting on an input resumes inside call().
 */
class CloudOpsExecute implements Serializable {
  private static final long serialVersionUID = 1L

  private final CpsScript script

  CloudOpsExecute(CpsScript script) {
    this.script = script
  }

  def call(Map args) {
    String digest = args.planDigest ?: (args.plan instanceof Map ? args.plan.planDigest : args.plan)
    boolean dryRun = args.dryRun ?: false
    if (script.env.NODE_NAME != null) {
      script.echo "cloudopsExecute: waiting for approval inside node {} holds its executor; call it outside node {} with node: 'label' so that only the run takes one"
    }
    Map plan = [planDigest: digest, dryRun: dryRun]
    if (args.credentialsId) {
      plan.credentialsId = args.credentialsId
    }
    Map st = script.cloudopsReviewPlan(plan)
    int asked = 0
    while (!st.approved) {
      if (asked >= st.maxAsks) {
        script.error "cloudopsExecute: gave up after ${asked} approval requests"
      }
      asked++
      script.timeout(time: st.waitMinutes, unit: 'MINUTES') {
        script.input(id: st.nextInputId, message: st.message, ok: 'Approve',
                     submitter: st.submitter, submitterParameter: 'cloudopsApprover')
      }
      st = script.cloudopsReviewPlan(plan)
      for (String why : st.notCounted) {
        script.echo "cloudopsExecute: not counted: ${why}"
      }
    }
    if (args.node) {
      return script.node(args.node as String) {
        script.cloudopsRunPlan(plan)
      }
    }
    return script.cloudopsRunPlan(plan)
  }
}
