"""Opens a Canvas QTI zip, checks its manifest against its entries and prints the quiz as JSON.

HTML texts (`text/html`) are turned back into plain text: the `<p>` wrapper removed, `<br>` as a
line break, entities unescaped.
"""
import html
import json
import sys
import zipfile

from lxml import etree

CP = '{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}'
QTI = '{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}'
META = '{http://canvas.instructure.com/xsd/cccv1p0}'


def plain(mattext):
    text = mattext.text or ''
    if mattext.get('texttype') == 'text/html':
        assert text.startswith('<p>') and text.endswith('</p>'), text
        text = html.unescape(text[3:-4].replace('<br>', '\n'))
    return text


def read(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        manifest = etree.fromstring(z.read('imsmanifest.xml'))
        resources = manifest.findall(f'{CP}resources/{CP}resource')
        hrefs = [f.get('href') for r in resources for f in r.findall(f'{CP}file')]
        assert all(h in names for h in hrefs), (hrefs, names)
        qti = [r for r in resources if r.get('type') == 'imsqti_xmlv1p2']
        assert len(qti) == 1
        quiz_id = qti[0].get('identifier')
        dependency = qti[0].find(f'{CP}dependency').get('identifierref')
        assert any(r.get('identifier') == dependency for r in resources)
        assessment = etree.fromstring(z.read(f'{quiz_id}/{quiz_id}.xml'))
        meta = etree.fromstring(z.read(f'{quiz_id}/assessment_meta.xml'))
        infos = [(i.filename, i.date_time) for i in z.infolist()]
    items = []
    for item in assessment.iter(f'{QTI}item'):
        fields = {f.findtext(f'{QTI}fieldlabel'): f.findtext(f'{QTI}fieldentry')
                  for f in item.iter(f'{QTI}qtimetadatafield')}
        presentation = item.find(f'{QTI}presentation')
        labels = {l.get('ident'): plain(l.find(f'.//{QTI}mattext'))
                  for l in presentation.iter(f'{QTI}response_label') if l.find(f'.//{QTI}mattext') is not None}
        prompts = [plain(r.find(f'{QTI}material/{QTI}mattext'))
                   for r in presentation.findall(f'{QTI}response_lid') if r.find(f'{QTI}material') is not None]
        correct = []
        for cond in item.iter(f'{QTI}respcondition'):
            if cond.find(f'{QTI}setvar') is None:
                continue
            for eq in cond.iter(f'{QTI}varequal'):
                correct.append(labels.get(eq.text, eq.text))
        feedback = item.find(f'{QTI}itemfeedback//{QTI}mattext')
        items.append({
            'title': item.get('title'), 'type': fields.get('question_type'),
            'text': plain(presentation.find(f'{QTI}material/{QTI}mattext')),
            'choices': list(labels.values()), 'prompts': prompts, 'correct': correct,
            'feedback': plain(feedback) if feedback is not None else '',
            'range': [x.text for x in item.iter(f'{QTI}vargte', f'{QTI}varlte')],
            'points': fields.get('points_possible'),
        })
    return {
        'entries': names, 'quiz_id': quiz_id, 'dates': sorted({str(d) for _, d in infos}),
        'title': assessment.find(f'{QTI}assessment').get('title'),
        'shuffle': meta.findtext(f'{META}shuffle_answers'),
        'points': meta.findtext(f'{META}points_possible'),
        'items': items,
    }


if __name__ == '__main__':
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False)
